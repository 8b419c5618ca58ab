using Asl.Api;
using Asl.Clients;
using Microsoft.Extensions.DependencyInjection;

namespace Asl.Dsl.Tests.Clients;

/// <summary>AddAslClients: what it registers and what the registrations make.</summary>
public class ClientRegistrationTests
{
    private const string MachineArn = "arn:aws:states:eu-west-1:123456789012:stateMachine:Orders";

    [Fact]
    public void AddAslClients_registers_the_HTTP_API_as_a_singleton_and_generated_clients_over_it()
    {
        var services = new ServiceCollection();

        services.AddAslClients(new StepFunctionsHttpClientOptions { Endpoint = new Uri("http://127.0.0.1:8083"), Credentials = Api.TestClients.Credentials })
            .AddClient<OrdersClient>(MachineArn);
        var provider = new DescriptorProvider(services);

        var api = Assert.IsType<StepFunctionsHttpClient>(provider.GetService(typeof(IStepFunctionsApi)));
        var client = Assert.IsType<OrdersClient>(provider.GetService(typeof(OrdersClient)));
        Assert.Equal(new Uri("http://127.0.0.1:8083"), api.Endpoint);
        Assert.Same(api, client.Api);
        Assert.Equal(MachineArn, client.StateMachineArn);
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        api.Dispose();
    }

    [Fact]
    public void An_API_registered_first_is_kept_and_an_ARN_can_come_from_the_services()
    {
        var services = new ServiceCollection();
        var api = new NeverCalledApi();
        services.AddSingleton<IStepFunctionsApi>(api);
        services.AddSingleton(new MachineArns(MachineArn));

        services.AddAslClients()
            .AddClient<OrdersClient>(provider => provider.GetRequiredService<MachineArns>().Orders)
            .AddStateMachineClient<OrderInput, OrderResult>(MachineArn);
        var provider = new DescriptorProvider(services);

        Assert.Single(services, d => d.ServiceType == typeof(IStepFunctionsApi));
        Assert.Same(api, ((OrdersClient)provider.GetService(typeof(OrdersClient))!).Api);
        Assert.Same(api, ((StateMachineClient<OrderInput, OrderResult>)provider.GetService(typeof(StateMachineClient<OrderInput, OrderResult>))!).Api);
    }

    [Fact]
    public void A_factory_can_supply_the_API_for_example_the_in_process_engine()
    {
        var services = new ServiceCollection();
        var api = new NeverCalledApi();

        services.AddAslClients(_ => api).AddClient<OrdersClient>(MachineArn);

        Assert.Same(api, ((OrdersClient)new DescriptorProvider(services).GetService(typeof(OrdersClient))!).Api);
    }

    [Fact]
    public void A_client_type_without_the_generated_constructor_is_refused_with_the_alternative()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddAslClients(_ => new NeverCalledApi()).AddClient<MachineArns>(MachineArn));

        Assert.Contains("(IStepFunctionsApi api, string stateMachineArn, JsonSerializerOptions? options)", error.Message);
        Assert.Contains("AddSingleton", error.Message);
    }

    private sealed record MachineArns(string Orders);

    /// <summary>Resolves singletons straight from the descriptors (the container package is not referenced here).</summary>
    private sealed class DescriptorProvider(IServiceCollection services) : IServiceProvider
    {
        private readonly Dictionary<Type, object> _made = new();

        public object? GetService(Type serviceType)
        {
            if (_made.TryGetValue(serviceType, out var made)) return made;
            var descriptor = services.LastOrDefault(d => d.ServiceType == serviceType);
            if (descriptor is null) return null;
            var instance = descriptor.ImplementationInstance ?? descriptor.ImplementationFactory?.Invoke(this)
                ?? throw new InvalidOperationException($"{serviceType} has no instance or factory.");
            return _made[serviceType] = instance;
        }
    }
}
