// The meeting form's quorum, shown as the attendance is ticked: the server renders the same figures first.
document.querySelectorAll('fieldset[data-quorum]').forEach(function (box) {
    var required = Number(box.dataset.quorum);
    var present = box.querySelector('.present');
    var verdict = box.querySelector('.verdict');
    function update() {
        var count = box.querySelectorAll('input[data-present]:checked').length;
        present.textContent = String(count);
        verdict.textContent = count >= required ? '已达到法定人数' : '还差' + (required - count) + '人';
        box.classList.toggle('quorum-met', count >= required);
    }
    box.addEventListener('change', update);
    update();
});
