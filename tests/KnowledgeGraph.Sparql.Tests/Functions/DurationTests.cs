using KnowledgeGraph.Rdf;
using static KnowledgeGraph.Sparql.Tests.Functions.ExpressionRunner;

namespace KnowledgeGraph.Sparql.Tests.Functions;

/// <summary>
/// xsd:duration, xsd:yearMonthDuration, xsd:dayTimeDuration: lexical forms, canonical forms and casts (XML Schema 1.1
/// Part 2 §3.3.6, §3.4.26, §3.4.27; F&amp;O 3.1 §19.1), comparisons (F&amp;O §8.2) and arithmetic (F&amp;O §8.4). The
/// arithmetic and comparison rows are the worked examples of F&amp;O 3.1.
/// </summary>
[TestClass]
public sealed class DurationTests
{
    [TestMethod]
    [DataRow("xsd:duration('P1Y2M3DT4H5M6.7S')", "P1Y2M3DT4H5M6.7S", "duration")]
    [DataRow("xsd:duration('P0Y1347M')", "P112Y3M", "duration")]
    [DataRow("xsd:duration('P1347Y')", "P1347Y", "duration")]
    [DataRow("xsd:duration('-P1Y')", "-P1Y", "duration")]
    [DataRow("xsd:duration('P0D')", "PT0S", "duration")]
    [DataRow("xsd:duration('-PT0S')", "PT0S", "duration")]
    [DataRow("xsd:duration('PT1.500S')", "PT1.5S", "duration")]
    [DataRow("xsd:duration('PT90M')", "PT1H30M", "duration")]
    [DataRow("xsd:duration(' P1D ')", "P1D", "duration")]
    [DataRow("xsd:dayTimeDuration('PT36H')", "P1DT12H", "dayTimeDuration")]
    [DataRow("xsd:dayTimeDuration('P3DT0H')", "P3D", "dayTimeDuration")]
    [DataRow("xsd:dayTimeDuration('-PT0.25S')", "-PT0.25S", "dayTimeDuration")]
    [DataRow("xsd:yearMonthDuration('P14M')", "P1Y2M", "yearMonthDuration")]
    [DataRow("xsd:yearMonthDuration('P0Y')", "P0M", "yearMonthDuration")]
    [DataRow("xsd:yearMonthDuration('-P2Y')", "-P2Y", "yearMonthDuration")]
    public void LexicalFormsCastToTheCanonicalForm(string expression, string lexical, string type) =>
        AssertValue(expression, lexical, type);

    [TestMethod]
    [DataRow("xsd:duration('P')")]
    [DataRow("xsd:duration('PT')")]
    [DataRow("xsd:duration('P1DT')")]
    [DataRow("xsd:duration('1D')")]
    [DataRow("xsd:duration('P-1D')")]
    [DataRow("xsd:duration('+P1D')")]
    [DataRow("xsd:duration('P1.5Y')")]
    [DataRow("xsd:duration('P1.5D')")]
    [DataRow("xsd:duration('PT1.S')")]
    [DataRow("xsd:duration('PT.5S')")]
    [DataRow("xsd:duration('P1M2Y')")]
    [DataRow("xsd:duration('PT1S2M')")]
    [DataRow("xsd:duration('P1H')")]
    [DataRow("xsd:duration('PT1D')")]
    [DataRow("xsd:duration('P1D1D')")]
    [DataRow("xsd:duration('P 1D')")]
    [DataRow("xsd:duration('P99999999999999999999Y')")]
    [DataRow("xsd:dayTimeDuration('P1Y')")]
    [DataRow("xsd:dayTimeDuration('P1M')")]
    [DataRow("xsd:yearMonthDuration('P1D')")]
    [DataRow("xsd:yearMonthDuration('P1YT1H')")]
    [DataRow("xsd:duration(5)")]
    [DataRow("xsd:duration(true)")]
    [DataRow("xsd:dayTimeDuration('2002-10-10T17:00:00Z'^^xsd:dateTime)")]
    [DataRow("xsd:duration('P1D'@en)")]
    public void InvalidLexicalFormsAndSourcesDoNotCast(string expression) => AssertValue(expression, null, null);

    /// <summary>F&amp;O 3.1 §19.1: casting between the duration types keeps the months, the seconds, or both.</summary>
    [TestMethod]
    [DataRow("xsd:dayTimeDuration('P1Y2M3DT4H'^^xsd:duration)", "P3DT4H", "dayTimeDuration")]
    [DataRow("xsd:yearMonthDuration('P1Y2M3DT4H'^^xsd:duration)", "P1Y2M", "yearMonthDuration")]
    [DataRow("xsd:yearMonthDuration('PT1H'^^xsd:dayTimeDuration)", "P0M", "yearMonthDuration")]
    [DataRow("xsd:dayTimeDuration('P1Y'^^xsd:yearMonthDuration)", "PT0S", "dayTimeDuration")]
    [DataRow("xsd:duration('P1Y'^^xsd:yearMonthDuration)", "P1Y", "duration")]
    [DataRow("xsd:duration('P1DT12H'^^xsd:dayTimeDuration)", "P1DT12H", "duration")]
    [DataRow("xsd:string('PT36H'^^xsd:dayTimeDuration)", "P1DT12H", "string")]
    [DataRow("xsd:string('P0Y'^^xsd:yearMonthDuration)", "P0M", "string")]
    [DataRow("STR('PT36H'^^xsd:dayTimeDuration)", "PT36H", "string")]
    public void CastsBetweenDurationsAndStrings(string expression, string lexical, string type) =>
        AssertValue(expression, lexical, type);

    [TestMethod]
    public void CastsHaveTheTargetDatatype()
    {
        Assert.AreEqual(Iri.Parse(Xsd + "dayTimeDuration"), Evaluate("DATATYPE(xsd:dayTimeDuration('P1D'))"));
        Assert.AreEqual(Iri.Parse(Xsd + "yearMonthDuration"), Evaluate("DATATYPE(xsd:yearMonthDuration('P1Y'^^xsd:duration))"));
        Assert.AreEqual(Iri.Parse(Xsd + "duration"), Evaluate("DATATYPE(xsd:duration('P1D'^^xsd:dayTimeDuration))"));
    }

    /// <summary>op:duration-equal (F&amp;O 3.1 §8.2): any two durations, by months and seconds.</summary>
    [TestMethod]
    [DataRow("'P1Y'^^xsd:duration = 'P12M'^^xsd:duration", true)]
    [DataRow("'PT24H'^^xsd:duration = 'P1D'^^xsd:duration", true)]
    [DataRow("'P1Y'^^xsd:duration = 'P365D'^^xsd:duration", false)]
    [DataRow("'P0Y'^^xsd:yearMonthDuration = 'P0D'^^xsd:dayTimeDuration", true)]
    [DataRow("'P1Y'^^xsd:yearMonthDuration = 'P365D'^^xsd:dayTimeDuration", false)]
    [DataRow("'P2Y'^^xsd:yearMonthDuration = 'P24M'^^xsd:yearMonthDuration", true)]
    [DataRow("'P10D'^^xsd:dayTimeDuration = 'PT240H'^^xsd:dayTimeDuration", true)]
    [DataRow("'P2Y0M0DT0H0M0S'^^xsd:duration = 'P24M'^^xsd:yearMonthDuration", true)]
    [DataRow("'P0Y0M10D'^^xsd:duration = 'PT240H'^^xsd:dayTimeDuration", true)]
    [DataRow("'P1D'^^xsd:dayTimeDuration != 'PT24H'^^xsd:dayTimeDuration", false)]
    [DataRow("'P1D'^^xsd:dayTimeDuration = 'P1D'", false)]
    [DataRow("'P1D'^^xsd:dayTimeDuration = 1", false)]
    public void DurationsAreEqualByValue(string expression, bool expected) =>
        AssertValue(expression, expected ? "true" : "false", "boolean");

    /// <summary>
    /// op:yearMonthDuration-less-than, op:dayTimeDuration-less-than (F&amp;O 3.1 §8.2). xsd:duration has no order, nor
    /// has a yearMonthDuration against a dayTimeDuration: a type error.
    /// </summary>
    [TestMethod]
    [DataRow("'P1Y'^^xsd:yearMonthDuration < 'P13M'^^xsd:yearMonthDuration", "true")]
    [DataRow("'-P1Y'^^xsd:yearMonthDuration < 'P0M'^^xsd:yearMonthDuration", "true")]
    [DataRow("'P1Y1M'^^xsd:yearMonthDuration <= 'P13M'^^xsd:yearMonthDuration", "true")]
    [DataRow("'PT36H'^^xsd:dayTimeDuration > 'P1D'^^xsd:dayTimeDuration", "true")]
    [DataRow("'PT0.5S'^^xsd:dayTimeDuration >= 'PT1S'^^xsd:dayTimeDuration", "false")]
    [DataRow("'P1Y'^^xsd:duration < 'P2Y'^^xsd:duration", null)]
    [DataRow("'P1Y'^^xsd:yearMonthDuration < 'P400D'^^xsd:dayTimeDuration", null)]
    [DataRow("'P1Y'^^xsd:yearMonthDuration < 'P2Y'^^xsd:duration", null)]
    [DataRow("'P1D'^^xsd:dayTimeDuration < 86401", null)]
    public void SubtypesAreOrdered(string expression, string? expected) =>
        AssertValue(expression, expected, expected is null ? null : "boolean");

    /// <summary>The examples of F&amp;O 3.1 §8.4.</summary>
    [TestMethod]
    [DataRow("'P2Y11M'^^xsd:yearMonthDuration + 'P3Y3M'^^xsd:yearMonthDuration", "P6Y2M", "yearMonthDuration")]
    [DataRow("'P2Y11M'^^xsd:yearMonthDuration - 'P3Y3M'^^xsd:yearMonthDuration", "-P4M", "yearMonthDuration")]
    [DataRow("'P2Y11M'^^xsd:yearMonthDuration * 2.3", "P6Y9M", "yearMonthDuration")]
    [DataRow("'P2Y11M'^^xsd:yearMonthDuration / 1.5", "P1Y11M", "yearMonthDuration")]
    [DataRow("'P3Y4M'^^xsd:yearMonthDuration / '-P1Y4M'^^xsd:yearMonthDuration", "-2.5", "decimal")]
    [DataRow("'P2DT12H5M'^^xsd:dayTimeDuration + 'P5DT12H'^^xsd:dayTimeDuration", "P8DT5M", "dayTimeDuration")]
    [DataRow("'P2DT12H'^^xsd:dayTimeDuration - 'P1DT10H30M'^^xsd:dayTimeDuration", "P1DT1H30M", "dayTimeDuration")]
    [DataRow("'PT2H10M'^^xsd:dayTimeDuration * 2.1", "PT4H33M", "dayTimeDuration")]
    [DataRow("'P1DT2H30M10.5S'^^xsd:dayTimeDuration / 1.5", "PT17H40M7S", "dayTimeDuration")]
    public void FunctionsAndOperatorsExamples(string expression, string lexical, string type) =>
        AssertValue(expression, lexical, type);

    [TestMethod]
    public void DividingDayTimeDurationsGivesADecimal()
    {
        // F&O 3.1 §8.4: P2DT53M11S div P1DT10H returns 1.4378349...
        Term? ratio = Evaluate("'P2DT53M11S'^^xsd:dayTimeDuration / 'P1DT10H'^^xsd:dayTimeDuration");
        Literal literal = Assert.IsInstanceOfType<Literal>(ratio);
        Assert.AreEqual(Iri.Parse(Xsd + "decimal"), literal.Datatype);
        StringAssert.StartsWith(literal.LexicalForm, "1.4378349");
        AssertValue("ROUND('P2DT53M11S'^^xsd:dayTimeDuration / 'P1DT10H'^^xsd:dayTimeDuration * 10000)", "14378.0", "decimal");
    }

    [TestMethod]
    [DataRow("2 * 'PT1H'^^xsd:dayTimeDuration", "PT2H", "dayTimeDuration")]
    [DataRow("1.5e0 * 'P1Y'^^xsd:yearMonthDuration", "P1Y6M", "yearMonthDuration")]
    [DataRow("'P1Y'^^xsd:yearMonthDuration * 0", "P0M", "yearMonthDuration")]
    [DataRow("'P1M'^^xsd:yearMonthDuration * 0.5", "P1M", "yearMonthDuration")]
    [DataRow("'-P1M'^^xsd:yearMonthDuration * 0.5", "P0M", "yearMonthDuration")]
    [DataRow("'PT1S'^^xsd:dayTimeDuration / 3", "PT0.3333333333333333333333333333S", "dayTimeDuration")]
    [DataRow("'PT1H'^^xsd:dayTimeDuration / 'INF'^^xsd:double", "PT0S", "dayTimeDuration")]
    [DataRow("'PT1H'^^xsd:dayTimeDuration / 0", null, null)]
    [DataRow("'PT1H'^^xsd:dayTimeDuration / 0.0e0", null, null)]
    [DataRow("'PT1H'^^xsd:dayTimeDuration * 'INF'^^xsd:double", null, null)]
    [DataRow("'PT1H'^^xsd:dayTimeDuration * 'NaN'^^xsd:double", null, null)]
    [DataRow("'P1Y'^^xsd:yearMonthDuration / 'P0M'^^xsd:yearMonthDuration", null, null)]
    [DataRow("'P1Y'^^xsd:yearMonthDuration / 'P1D'^^xsd:dayTimeDuration", null, null)]
    [DataRow("'P1Y'^^xsd:duration * 2", null, null)]
    [DataRow("'P1Y'^^xsd:duration / 'P1Y'^^xsd:duration", null, null)]
    [DataRow("2 / 'PT1H'^^xsd:dayTimeDuration", null, null)]
    [DataRow("2 - 'PT1H'^^xsd:dayTimeDuration", null, null)]
    [DataRow("'PT1H'^^xsd:dayTimeDuration + 1", null, null)]
    [DataRow("'PT1H'^^xsd:dayTimeDuration * 'PT1H'^^xsd:dayTimeDuration", null, null)]
    [DataRow("'P1X'^^xsd:dayTimeDuration + 'PT1H'^^xsd:dayTimeDuration", null, null)]
    public void ScalingAndItsErrors(string expression, string? lexical, string? type) => AssertValue(expression, lexical, type);

    /// <summary>Oxigraph also adds durations of different subtypes; the sum is an xsd:duration when it has one sign.</summary>
    [TestMethod]
    [DataRow("'P1M'^^xsd:yearMonthDuration + 'PT1H'^^xsd:dayTimeDuration", "P1MT1H", "duration")]
    [DataRow("'P1Y1D'^^xsd:duration + 'P1M'^^xsd:duration", "P1Y1M1D", "duration")]
    [DataRow("'P1Y1D'^^xsd:duration - 'P1Y1D'^^xsd:duration", "PT0S", "duration")]
    [DataRow("'P1M'^^xsd:yearMonthDuration - 'PT1H'^^xsd:dayTimeDuration", null, null)]
    public void MixedDurationsAddAsDurations(string expression, string? lexical, string? type) => AssertValue(expression, lexical, type);

    [TestMethod]
    public void ValuesBoundAtRunTimeGiveTheSameResults()
    {
        Assert.AreEqual(Typed("P6Y2M", "yearMonthDuration"),
            EvaluateBound("?a + ?b", "'P2Y11M'^^xsd:yearMonthDuration", "'P3Y3M'^^xsd:yearMonthDuration"));
        Assert.AreEqual(Typed("PT4H33M", "dayTimeDuration"), EvaluateBound("?a * ?b", "'PT2H10M'^^xsd:dayTimeDuration", "2.1"));
        Assert.AreEqual(Typed("true", "boolean"), EvaluateBound("?a = ?b", "'P1Y'^^xsd:duration", "'P12M'^^xsd:yearMonthDuration"));
        Assert.IsNull(EvaluateBound("?a < ?b", "'P1Y'^^xsd:duration", "'P13M'^^xsd:duration"));
    }

    /// <summary>Hostile inputs: more digits than a decimal holds are rounded or rejected, never an exception.</summary>
    [TestMethod]
    [DataRow("xsd:dayTimeDuration('PT1.0000000000000000000000000000000000001S')", "PT1S", "dayTimeDuration")]
    [DataRow("xsd:dayTimeDuration('P99999999999999999999999D')", null, null)]
    [DataRow("xsd:dayTimeDuration('P999999999999999999999999999999999D')", null, null)]
    [DataRow("xsd:yearMonthDuration('P999999999999999999M')", null, null)]
    [DataRow("'P99999999999999D'^^xsd:dayTimeDuration * 1e300", null, null)]
    [DataRow("'P99999999999999D'^^xsd:dayTimeDuration * 99999999999999999", null, null)]
    [DataRow("'P99999999999Y'^^xsd:yearMonthDuration * 99999999999999999", null, null)]
    [DataRow("'2000-01-01'^^xsd:date + 'P99999999999Y'^^xsd:yearMonthDuration", null, null)]
    [DataRow("'2000-01-01'^^xsd:date - 'P99999999999999D'^^xsd:dayTimeDuration", null, null)]
    [DataRow("'PT1S'^^xsd:dayTimeDuration / 1e-300", null, null)]
    public void HostileInputs(string expression, string? lexical, string? type) => AssertValue(expression, lexical, type);
}
