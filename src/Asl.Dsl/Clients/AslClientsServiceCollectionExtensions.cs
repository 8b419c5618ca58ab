using System.Diagnostics.CodeAnalysis;
using Asl.Api;
using Asl.Clients;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Step Functions API and typed state machine clients in a service collection.</summary>
public static class AslClientsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStepFunctionsApi"/> as a singleton <see cref="StepFunctionsHttpClient"/> with
    /// <paramref name="options"/> (unless an <see cref="IStepFunctionsApi"/> is registered already), and returns a
    /// builder to add typed clients.
    /// </summary>
    /// <example><code>
    /// services.AddAslClients(new StepFunctionsHttpClientOptions { Endpoint = new Uri("http://127.0.0.1:8083") })
    ///         .AddClient&lt;MainWorkflowClient&gt;(configuration["MainWorkflowArn"]!);
    /// </code></example>
    public static AslClientsBuilder AddAslClients(this IServiceCollection services, StepFunctionsHttpClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IStepFunctionsApi>(_ => new StepFunctionsHttpClient(options));
        return new AslClientsBuilder(services);
    }

    /// <summary>
    /// Registers <see cref="IStepFunctionsApi"/> as the singleton <paramref name="apiFactory"/> makes (for example the
    /// local engine's in-process API), unless one is registered already, and returns a builder to add typed clients.
    /// </summary>
    public static AslClientsBuilder AddAslClients(this IServiceCollection services, Func<IServiceProvider, IStepFunctionsApi> apiFactory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(apiFactory);
        services.TryAddSingleton(apiFactory);
        return new AslClientsBuilder(services);
    }
}

/// <summary>Adds typed state machine clients, each a singleton over the registered <see cref="IStepFunctionsApi"/>.</summary>
public sealed class AslClientsBuilder
{
    internal AslClientsBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection clients are added to.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers a generated client (<c>&lt;Machine&gt;Client</c>) for the state machine at <paramref name="stateMachineArn"/>.
    /// The client is made with its <c>(IStepFunctionsApi, string, JsonSerializerOptions?)</c> constructor.
    /// </summary>
    public AslClientsBuilder AddClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>(string stateMachineArn, System.Text.Json.JsonSerializerOptions? options = null)
        where TClient : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateMachineArn);
        return AddClient<TClient>(_ => stateMachineArn, options);
    }

    /// <summary>Registers a generated client whose ARN is read from the services when it is first needed (for example from configuration).</summary>
    public AslClientsBuilder AddClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient>(Func<IServiceProvider, string> stateMachineArn, System.Text.Json.JsonSerializerOptions? options = null)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(stateMachineArn);
        var constructor = typeof(TClient).GetConstructor([typeof(IStepFunctionsApi), typeof(string), typeof(System.Text.Json.JsonSerializerOptions)])
            ?? throw new ArgumentException(
                $"{typeof(TClient)} has no public constructor (IStepFunctionsApi api, string stateMachineArn, JsonSerializerOptions? options), which generated clients have; register it with Services.AddSingleton and a factory instead.",
                nameof(TClient));
        Services.TryAddSingleton(provider => (TClient)constructor.Invoke([provider.GetRequiredService<IStepFunctionsApi>(), stateMachineArn(provider), options]));
        return this;
    }

    /// <summary>Registers a <see cref="StateMachineClient{TInput, TOutput}"/> for a state machine without a generated client.</summary>
    public AslClientsBuilder AddStateMachineClient<TInput, TOutput>(string stateMachineArn, System.Text.Json.JsonSerializerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateMachineArn);
        Services.TryAddSingleton(provider => new StateMachineClient<TInput, TOutput>(provider.GetRequiredService<IStepFunctionsApi>(), stateMachineArn, options));
        return this;
    }
}
