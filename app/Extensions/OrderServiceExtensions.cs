using Microsoft.Extensions.DependencyInjection.Extensions;
using Orders.App.Orders;

namespace Orders.App.Extensions;

public static class OrderServiceExtensions
{
    public static IHostApplicationBuilder AddOrderServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrderOptions>()
            .BindConfiguration(OrderOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => new OrderStore(OrderStore.DefaultCapacity));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, OrdersJsonContext.Default));
        return builder;
    }
}
