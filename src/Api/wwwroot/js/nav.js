// The phone's menu button: opens and closes the navigation bar (CSS shows it always on wider screens).
document.querySelectorAll(".menu-toggle").forEach((button) => {
  const nav = button.closest(".mainnav");
  button.addEventListener("click", () => {
    const open = !nav.classList.contains("open");
    nav.classList.toggle("open", open);
    button.setAttribute("aria-expanded", String(open));
  });
});
