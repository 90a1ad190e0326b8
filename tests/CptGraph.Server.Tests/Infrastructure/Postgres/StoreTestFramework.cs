using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("CptGraph.Server.Tests.Infrastructure.Postgres.StoreTestFramework", "CptGraph.Server.Tests")]

namespace CptGraph.Server.Tests.Infrastructure.Postgres;

/// <summary>
/// xUnit's own framework, except that without PostgreSQL the <see cref="IRunsOnPostgres"/> classes are not discovered:
/// one skipped test says so (<see cref="PostgresAvailabilityTests"/>) instead of every PostgreSQL test failing or skipping.
/// </summary>
public sealed class StoreTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForType(ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (!PostgresCluster.IsInstalled && typeof(IRunsOnPostgres).IsAssignableFrom(testClass.Class.ToRuntimeType()))
            {
                return true;
            }

            return base.FindTestsForType(testClass, includeSourceInformation, messageBus, discoveryOptions);
        }
    }
}
