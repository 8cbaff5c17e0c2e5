using KnowledgeGraph.Rdf;
using static KnowledgeGraph.Sparql.Tests.Functions.ExpressionRunner;

namespace KnowledgeGraph.Sparql.Tests.Functions;

/// <summary>
/// Comparisons of xsd:dateTime, xsd:date and xsd:time (F&amp;O 3.1 §9.4; the rows are its examples) and the casts
/// between them (F&amp;O §19.1). A value without timezone against one with a timezone is decided only when the answer
/// is the same for every timezone from -14:00 to +14:00, and is a type error otherwise.
/// </summary>
[TestClass]
public sealed class DateTimeComparisonTests
{
    [TestMethod]
    [DataRow("'2002-04-02T12:00:00-01:00'^^xsd:dateTime = '2002-04-02T17:00:00+04:00'^^xsd:dateTime", "true")]
    [DataRow("'2002-04-02T12:00:00'^^xsd:dateTime = '2002-04-02T17:00:00'^^xsd:dateTime", "false")]
    [DataRow("'2002-04-02T12:00:00'^^xsd:dateTime = '2002-04-02T12:00:00'^^xsd:dateTime", "true")]
    [DataRow("'2002-04-02T23:00:00-04:00'^^xsd:dateTime = '2002-04-03T02:00:00-01:00'^^xsd:dateTime", "true")]
    [DataRow("'1999-12-31T24:00:00'^^xsd:dateTime = '2000-01-01T00:00:00'^^xsd:dateTime", "true")]
    [DataRow("'2005-04-04T24:00:00'^^xsd:dateTime = '2005-04-04T00:00:00'^^xsd:dateTime", "false")]
    [DataRow("'2002-04-02T12:00:00'^^xsd:dateTime = '2002-04-02T23:00:00+06:00'^^xsd:dateTime", null)] // F&O: true at -05:00
    [DataRow("'2002-04-02T12:00:00'^^xsd:dateTime < '2002-04-04T00:00:00Z'^^xsd:dateTime", "true")]
    [DataRow("'2004-12-25Z'^^xsd:date = '2004-12-25+07:00'^^xsd:date", "false")]
    [DataRow("'2004-12-25-12:00'^^xsd:date = '2004-12-26+12:00'^^xsd:date", "true")]
    [DataRow("'2004-12-25Z'^^xsd:date < '2004-12-25-05:00'^^xsd:date", "true")]
    [DataRow("'2004-12-25-12:00'^^xsd:date < '2004-12-26+12:00'^^xsd:date", "false")]
    [DataRow("'2004-12-25Z'^^xsd:date > '2004-12-25+07:00'^^xsd:date", "true")]
    [DataRow("'2004-12-25-12:00'^^xsd:date > '2004-12-26+12:00'^^xsd:date", "false")]
    [DataRow("'2004-12-25'^^xsd:date <= '2004-12-26'^^xsd:date", "true")]
    [DataRow("'2004-12-25'^^xsd:date = '2004-12-25Z'^^xsd:date", null)]
    [DataRow("'08:00:00+09:00'^^xsd:time = '17:00:00-06:00'^^xsd:time", "false")]
    [DataRow("'21:30:00+10:30'^^xsd:time = '06:00:00-05:00'^^xsd:time", "true")]
    [DataRow("'24:00:00+01:00'^^xsd:time = '00:00:00+01:00'^^xsd:time", "true")]
    [DataRow("'12:00:00'^^xsd:time < '23:00:00+06:00'^^xsd:time", null)] // F&O: false at -05:00
    [DataRow("'11:00:00'^^xsd:time < '17:00:00Z'^^xsd:time", null)] // F&O: true at -05:00
    [DataRow("'16:00:00'^^xsd:time < '17:00:00'^^xsd:time", "true")]
    [DataRow("'08:00:00+09:00'^^xsd:time > '17:00:00-06:00'^^xsd:time", "false")]
    [DataRow("'12:00:00.001'^^xsd:time > '12:00:00'^^xsd:time", "true")]
    [DataRow("'2004-12-25'^^xsd:date = '2004-12-25T00:00:00'^^xsd:dateTime", "false")]
    [DataRow("'2004-12-25'^^xsd:date < '2004-12-26T00:00:00'^^xsd:dateTime", null)]
    [DataRow("'12:00:00'^^xsd:time < '2004-12-26T00:00:00'^^xsd:dateTime", null)]
    [DataRow("'2004-12-25'^^xsd:date = '2004-12-25'", "false")]
    [DataRow("'12:00:00'^^xsd:time = 'PT12H'^^xsd:dayTimeDuration", "false")]
    public void FunctionsAndOperatorsExamples(string expression, string? expected) =>
        AssertValue(expression, expected, expected is null ? null : "boolean");

    [TestMethod]
    [DataRow("xsd:date('2002-10-10T17:00:00+05:00'^^xsd:dateTime)", "2002-10-10+05:00", "date")]
    [DataRow("xsd:time('2002-10-10T17:00:00.5+05:00'^^xsd:dateTime)", "17:00:00.5+05:00", "time")]
    [DataRow("xsd:dateTime('2002-10-10Z'^^xsd:date)", "2002-10-10T00:00:00Z", "dateTime")]
    [DataRow("xsd:dateTime('1999-12-31T24:00:00')", "2000-01-01T00:00:00", "dateTime")]
    [DataRow("xsd:dateTime('2002-10-10T17:00:00+00:00')", "2002-10-10T17:00:00Z", "dateTime")]
    [DataRow("xsd:dateTime('2002-10-10T17:00:00.500')", "2002-10-10T17:00:00.5", "dateTime")]
    [DataRow("xsd:time('24:00:00')", "00:00:00", "time")]
    [DataRow("xsd:time(' 13:20:00-05:00 ')", "13:20:00-05:00", "time")]
    [DataRow("xsd:date('2000-02-29')", "2000-02-29", "date")]
    [DataRow("xsd:string('2002-10-10T17:00:00+00:00'^^xsd:dateTime)", "2002-10-10T17:00:00Z", "string")]
    [DataRow("xsd:dateTime('2002-10-10T17:00:00+14:00'^^xsd:dateTimeStamp)", "2002-10-10T17:00:00+14:00", "dateTime")]
    public void Casts(string expression, string lexical, string type) => AssertValue(expression, lexical, type);

    [TestMethod]
    [DataRow("xsd:time('2002-10-10'^^xsd:date)")]
    [DataRow("xsd:date('13:20:00'^^xsd:time)")]
    [DataRow("xsd:dateTime('13:20:00'^^xsd:time)")]
    [DataRow("xsd:date('2002-02-30')")]
    [DataRow("xsd:date('1900-02-29')")]
    [DataRow("xsd:date('02002-01-01')")]
    [DataRow("xsd:date('0000-01-01')")]
    [DataRow("xsd:date('2002-1-01')")]
    [DataRow("xsd:date('2002-01-01T00:00:00')")]
    [DataRow("xsd:time('24:00:01')")]
    [DataRow("xsd:time('12:60:00')")]
    [DataRow("xsd:time('12:00:60')")]
    [DataRow("xsd:time('12:00:00.')")]
    [DataRow("xsd:time('12:00:00+14:01')")]
    [DataRow("xsd:time('12:00:00+15:00')")]
    [DataRow("xsd:time('12:00:00+1:00')")]
    [DataRow("xsd:time('12:00')")]
    [DataRow("xsd:dateTime('2002-10-10')")]
    [DataRow("xsd:dateTime('2002-10-10T17:00:00'^^xsd:dateTimeStamp)")]
    [DataRow("xsd:dateTime(20021010)")]
    [DataRow("xsd:integer('2002-10-10'^^xsd:date)")]
    public void InvalidCasts(string expression) => AssertValue(expression, null, null);

    /// <summary>Hostile inputs: long fractions of a second are rounded, never an exception.</summary>
    [TestMethod]
    public void LongFractionsAreRounded()
    {
        Term? time = Evaluate("xsd:time('12:00:00.123456789012345678901234567890123456789')");
        StringAssert.StartsWith(time?.ToString(), "\"12:00:00.1234567890");
        AssertValue("'12:00:00.1234567890123456789012345678901'^^xsd:time > '12:00:00.1234'^^xsd:time", "true", "boolean");
        AssertValue("xsd:dateTime('2000-01-01T00:00:00.0000000000000000000000000000000000001Z')", "2000-01-01T00:00:00Z", "dateTime");
    }
}
