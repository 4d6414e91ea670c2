using DeputyPortal.Application.Common.Behaviors;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.Namespace = "DeputyPortal.Application.Mediator";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });

        services.AddScoped<Proposals.ProposalWorkflow>();
        services.AddScoped<Common.Security.IRequestPermissions, Common.Security.RequestPermissions>();
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
