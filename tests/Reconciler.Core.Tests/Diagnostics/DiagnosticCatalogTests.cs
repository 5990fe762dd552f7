using System.Reflection;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Templates;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Diagnostics;

public sealed class DiagnosticCatalogTests
{
    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Rules_CoverEveryCodeConstant()
    {
        var codes = Constants(typeof(DiagnosticCodes)).Concat(Constants(typeof(PlaceholderErrorCodes))).ToList();

        Assert.Equal(codes.Order(), DiagnosticCatalog.Rules.Select(r => r.Code).Order());
    }

    [Fact]
    public void Rules_CodesAndNamesAreUnique()
    {
        Assert.Equal(DiagnosticCatalog.Rules.Count, DiagnosticCatalog.Rules.Select(r => r.Code).Distinct().Count());
        Assert.Equal(DiagnosticCatalog.Rules.Count, DiagnosticCatalog.Rules.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void Readme_HasOneTableRowPerRuleWithItsSeverity()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "Reconciler.Core", "Diagnostics", "README.md"));

        foreach (var rule in DiagnosticCatalog.Rules)
        {
            var row = Assert.Single(readme, l => l.StartsWith($"| {rule.Code} |", StringComparison.Ordinal));
            Assert.Equal($"| {rule.Code} | {rule.Name} | {rule.Severity.ToString().ToLowerInvariant()} | {rule.Summary.Replace("|", "&#124;", StringComparison.Ordinal)} | {rule.Fix.Replace("|", "&#124;", StringComparison.Ordinal)} |", row);
        }
    }

    [Fact]
    public void Find_UnknownCode_Null() => Assert.Null(DiagnosticCatalog.Find("XYZ999"));
}
