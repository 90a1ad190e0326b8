using System.Text.Json;

namespace CptGraph.Server.Tests.Reference;

/// <summary>The national reference graph through HTTP, with the values of the official files in shared/reference.</summary>
public sealed class ReferenceGraphQueryTests(ReferenceGraphFixture fixture) : IClassFixture<ReferenceGraphFixture>
{
    [Fact]
    public async Task J1100_HasItsHcpcsDescriptorsIndicatorsMueAndSource()
    {
        // Act
        var code = await DataAsync("""
            { code(code: "J1100") { codeType descriptorLicensed description longDescription shortDescription addedDate actionEffectiveDate
                coverageCode pricingIndicators multiplePricingIndicator betosCode actionCode
                source { set file release sha256Prefix } mue { units adjudicationIndicator rationale effectiveDate } } }
            """, "code");

        // Assert: the HCPCS Oct-2025 workbook row and the MUE table row.
        Assert.Equal("HCPCS", code.GetProperty("codeType").GetString());
        Assert.True(code.GetProperty("descriptorLicensed").GetBoolean());
        Assert.Equal("Injection, dexamethasone sodium phosphate, 1 mg", code.GetProperty("longDescription").GetString());
        Assert.Equal("Injection, dexamethasone sodium phosphate, 1 mg", code.GetProperty("description").GetString());
        Assert.Equal("Dexamethasone sodium phos", code.GetProperty("shortDescription").GetString());
        Assert.Equal("1982-01-01", code.GetProperty("addedDate").GetString());
        Assert.Equal("2001-01-01", code.GetProperty("actionEffectiveDate").GetString());
        Assert.Equal("D", code.GetProperty("coverageCode").GetString());
        Assert.Equal(["51"], code.GetProperty("pricingIndicators").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("A", code.GetProperty("multiplePricingIndicator").GetString());
        Assert.Equal("O1E", code.GetProperty("betosCode").GetString());
        Assert.Equal("N", code.GetProperty("actionCode").GetString());
        var source = code.GetProperty("source");
        Assert.Equal("HCPCS_LEVEL_II", source.GetProperty("set").GetString());
        Assert.Equal("HCPC2025_OCT_ANWEB.xlsx", source.GetProperty("file").GetString());
        Assert.Equal("2025-OCT", source.GetProperty("release").GetString());
        Assert.Equal("6fcd04186caa", source.GetProperty("sha256Prefix").GetString());
        var mue = code.GetProperty("mue");
        Assert.Equal(120, mue.GetProperty("units").GetInt32());
        Assert.Equal("3 Date of Service Edit: Clinical", mue.GetProperty("adjudicationIndicator").GetString());
        Assert.Equal("Clinical: Data", mue.GetProperty("rationale").GetString());
        Assert.Equal("2026-04-01", mue.GetProperty("effectiveDate").GetString());
    }

    [Fact]
    public async Task LevelTwoModifiers_AreImportedFromTheHcpcsWorkbook()
    {
        var data = await DataAsync("""{ xe: modifier(code: "XE") { name longDescription addedDate } jw: modifier(code: "JW") { name source { set } } }""");

        Assert.Equal("Separate encounter", data.GetProperty("xe").GetProperty("name").GetString());
        Assert.Equal("Separate encounter, a service that is distinct because it occurred during a separate encounter", data.GetProperty("xe").GetProperty("longDescription").GetString());
        Assert.Equal("2015-01-01", data.GetProperty("xe").GetProperty("addedDate").GetString());
        Assert.Equal("HCPCS_LEVEL_II", data.GetProperty("jw").GetProperty("source").GetProperty("set").GetString());
    }

    [Fact]
    public async Task Diagnoses_AreTheDottedFy2026Codes_PagedInSql()
    {
        var data = await DataAsync("""
            { e119: diagnosis(code: "E11.9") { description release source { set file } }
              r509: diagnosis(code: "r50.9") { description }
              all: diagnoses { totalCount }
              page: diagnoses(where: { code: { startsWith: "R50" } }, order: [{ code: DESC }], first: 2) { totalCount nodes { code } pageInfo { hasNextPage } } }
            """);

        Assert.Equal("Type 2 diabetes mellitus without complications", data.GetProperty("e119").GetProperty("description").GetString());
        Assert.Equal("FY2026", data.GetProperty("e119").GetProperty("release").GetString());
        Assert.Equal("icd10cm-codes-2026.txt.gz", data.GetProperty("e119").GetProperty("source").GetProperty("file").GetString());
        Assert.Equal("Fever, unspecified", data.GetProperty("r509").GetProperty("description").GetString());
        // Every billable FY2026 code; the curated content's diagnoses are among them (upserted, not added).
        Assert.Equal(74719, data.GetProperty("all").GetProperty("totalCount").GetInt32());
        var page = data.GetProperty("page");
        Assert.Equal(6, page.GetProperty("totalCount").GetInt32()); // R50.2, R50.81, R50.82, R50.83, R50.84, R50.9
        Assert.Equal(["R50.9", "R50.84"], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task SearchDiagnoses_FindsByWordsAndByUndottedCode()
    {
        var data = await DataAsync("""
            { words: searchDiagnoses(text: "type 2 diabetes without complications", first: 1) { nodes { code description } }
              undotted: searchDiagnoses(text: "E119") { totalCount nodes { code } } }
            """);

        Assert.Equal("E11.9", data.GetProperty("words").GetProperty("nodes")[0].GetProperty("code").GetString());
        Assert.Equal("E11.9", data.GetProperty("undotted").GetProperty("nodes")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task SearchCodes_CoversTheHcpcsDescriptors()
    {
        var nodes = (await DataAsync("""{ searchCodes(text: "dexamethasone sodium phosphate", first: 20) { nodes { code } } }""", "searchCodes")).GetProperty("nodes");

        Assert.Contains("J1100", nodes.EnumerateArray().Select(n => n.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task PlaceOfService11_IsOffice()
    {
        var data = await DataAsync("""
            { placeOfService(code: "11") { code name description source { release } } placesOfService { totalCount } }
            """);

        Assert.Equal("Office", data.GetProperty("placeOfService").GetProperty("name").GetString());
        Assert.StartsWith("Location, other than a hospital", data.GetProperty("placeOfService").GetProperty("description").GetString());
        Assert.Equal("20240502", data.GetProperty("placeOfService").GetProperty("source").GetProperty("release").GetString());
        Assert.Equal(52, data.GetProperty("placesOfService").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Taxonomy207R00000X_IsInternalMedicine()
    {
        var taxonomy = await DataAsync("""
            { taxonomy(code: "207R00000X") { specialty grouping classification specialization displayName section source { release } } }
            """, "taxonomy");

        Assert.Equal("Allopathic & Osteopathic Physicians", taxonomy.GetProperty("grouping").GetString());
        Assert.Equal("Internal Medicine", taxonomy.GetProperty("classification").GetString());
        Assert.Equal(JsonValueKind.Null, taxonomy.GetProperty("specialization").ValueKind);
        Assert.Equal("Internal Medicine Physician", taxonomy.GetProperty("displayName").GetString());
        Assert.Equal("Internal Medicine Physician", taxonomy.GetProperty("specialty").GetString());
        Assert.Equal("Individual", taxonomy.GetProperty("section").GetString());
        Assert.Equal("25.1", taxonomy.GetProperty("source").GetProperty("release").GetString());
    }

    [Fact]
    public async Task Code96375_HasExactlyTheNcciPrimaries_AndMue6_AndNoLicensedDescriptor()
    {
        var code = await DataAsync("""
            { code(code: "96375") { descriptorLicensed mue { units }
                primaryCodes { totalCount nodes { kind relatedCodeValue relatedCode { code } editType effectiveDate deletionDate active note source { set release } } } } }
            """, "code");

        Assert.False(code.GetProperty("descriptorLicensed").GetBoolean());
        Assert.Equal(6, code.GetProperty("mue").GetProperty("units").GetInt32());
        var primaries = code.GetProperty("primaryCodes").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["96360", "96365", "96374", "96409", "96413"], primaries.Select(p => p.GetProperty("relatedCode").GetProperty("code").GetString()));
        Assert.All(primaries, p =>
        {
            Assert.Equal("ADD_ON_PRIMARY", p.GetProperty("kind").GetString());
            Assert.Equal(1, p.GetProperty("editType").GetInt32());
            Assert.Equal("2013-04-01", p.GetProperty("effectiveDate").GetString()); // 2013091: day 91 of 2013
            Assert.True(p.GetProperty("active").GetBoolean());
            Assert.Equal("2026Q2", p.GetProperty("source").GetProperty("release").GetString());
        });
        Assert.Equal("96360 (Practitioner Only)", primaries[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task AddOnCodes_AreTheReverseEdges_AndDeletedEditsOnlyWhenAsked()
    {
        var data = await DataAsync("""
            { primary: code(code: "96365") { addOnCodes(where: { code: { code: { startsWith: "9637" } } }) { nodes { code { code } } } }
              addOn: code(code: "96376") { active: primaryCodes { totalCount } all: primaryCodes(includeDeleted: true) { nodes { relatedCodeValue deletionDate active note } } } }
            """);

        Assert.Equal(["96375", "96376"], data.GetProperty("primary").GetProperty("addOnCodes").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("code").GetProperty("code").GetString()));
        // 96376's edit with 96360 was deleted 2016091 (2016-03-31); the other four are active.
        var addOn = data.GetProperty("addOn");
        Assert.Equal(4, addOn.GetProperty("active").GetProperty("totalCount").GetInt32());
        var deleted = addOn.GetProperty("all").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("relatedCodeValue").GetString() == "96360");
        Assert.Equal("2016-03-31", deleted.GetProperty("deletionDate").GetString());
        Assert.False(deleted.GetProperty("active").GetBoolean());
        Assert.Equal("96376 may be reported by facilities only", deleted.GetProperty("note").GetString());
    }

    [Fact]
    public async Task RelatedCodes_ServeCuratedAndOfficialEdges_EachTypedWithItsSource()
    {
        var related = (await DataAsync("""
            { code(code: "96375") { relatedCodes { code { code } kind relationship source edit { kind modifierIndicator } } } }
            """, "code")).GetProperty("relatedCodes").EnumerateArray().ToList();

        var curated = related.Where(r => r.GetProperty("kind").GetString() == "CURATED")
            .ToDictionary(r => r.GetProperty("code").GetProperty("code").GetString()!, r => r.GetProperty("relationship").GetString());
        Assert.Equal(["96366", "96376"], curated.Keys.Order());
        Assert.Contains("status X", curated["96376"]);
        Assert.Contains("additional hour", curated["96366"]);
        var primaries = related.Where(r => r.GetProperty("kind").GetString() == "ADD_ON_PRIMARY").ToList();
        Assert.Equal(["96360", "96365", "96374", "96409", "96413"], primaries.Select(r => r.GetProperty("code").GetProperty("code").GetString()));
        Assert.All(primaries, p => Assert.StartsWith("NCCI_ADD_ON 2026Q2: AOC_V2026Q2-MCR.xlsx (sha256 870a84912f91)", p.GetProperty("source").GetString()));
        // The test's PTP file has 96365 (column 1) with 96375 (column 2), modifier indicator 1.
        var ptp = Assert.Single(related, r => r.GetProperty("kind").GetString() == "PTP_COLUMN2");
        Assert.Equal("96365", ptp.GetProperty("code").GetProperty("code").GetString());
        Assert.Equal("1", ptp.GetProperty("edit").GetProperty("modifierIndicator").GetString());
        Assert.Contains("unless an NCCI-associated modifier", ptp.GetProperty("relationship").GetString());
    }

    [Fact]
    public async Task RelatedCodes_KindsAndWhereNarrowBothSources()
    {
        var related = (await DataAsync("""
            { code(code: "96375") { relatedCodes(kinds: [ADD_ON_PRIMARY], where: { code: { code: { startsWith: "964" } } }) { code { code } } } }
            """, "code")).GetProperty("relatedCodes");

        Assert.Equal(["96409", "96413"], related.EnumerateArray().Select(r => r.GetProperty("code").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task PtpEdits_ByRole_CarryTheModifierIndicatorAndDates()
    {
        var code = await DataAsync("""
            { code(code: "99213") {
                column1: ptpEdits(role: COLUMN1) { totalCount nodes { relatedCode { code } modifierIndicator modifierAllowed effectiveDate deletionDate note } }
                withDeleted: ptpEdits(role: COLUMN1, includeDeleted: true) { nodes { relatedCodeValue modifierIndicator modifierAllowed deletionDate } }
                column2: ptpEdits(role: COLUMN2) { totalCount } } }
            """, "code");

        var edit = Assert.Single(code.GetProperty("column1").GetProperty("nodes").EnumerateArray());
        Assert.Equal("96372", edit.GetProperty("relatedCode").GetProperty("code").GetString());
        Assert.Equal("1", edit.GetProperty("modifierIndicator").GetString());
        Assert.True(edit.GetProperty("modifierAllowed").GetBoolean());
        Assert.Equal("2013-01-01", edit.GetProperty("effectiveDate").GetString());
        Assert.Equal(JsonValueKind.Null, edit.GetProperty("deletionDate").ValueKind);
        Assert.Equal("CPT Manual or CMS manual coding instructions", edit.GetProperty("note").GetString());
        var deleted = code.GetProperty("withDeleted").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("relatedCodeValue").GetString() == "36415");
        Assert.Equal("0", deleted.GetProperty("modifierIndicator").GetString());
        Assert.False(deleted.GetProperty("modifierAllowed").GetBoolean());
        Assert.Equal("2019-01-01", deleted.GetProperty("deletionDate").GetString());
        Assert.Equal(0, code.GetProperty("column2").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Code99213_StatusGlobalDaysAndAmounts_AreThePprrvuArithmetic()
    {
        var fee = (await DataAsync("""
            { code(code: "99213") { descriptorLicensed medicareFees { status globalDays pcTcIndicator multipleProcedure bilateralSurgery assistantSurgery
                coSurgeons teamSurgery physicianSupervision imagingFamily conversionFactor nonFacilityNationalAmount facilityNationalAmount } } }
            """, "code")).GetProperty("medicareFees")[0];

        Assert.Equal("A", fee.GetProperty("status").GetString());
        Assert.Equal("XXX", fee.GetProperty("globalDays").GetString());
        Assert.Equal("0", fee.GetProperty("pcTcIndicator").GetString());
        Assert.Equal("0", fee.GetProperty("multipleProcedure").GetString());
        Assert.Equal("0", fee.GetProperty("bilateralSurgery").GetString());
        Assert.Equal("0", fee.GetProperty("assistantSurgery").GetString());
        Assert.Equal("0", fee.GetProperty("coSurgeons").GetString());
        Assert.Equal("0", fee.GetProperty("teamSurgery").GetString());
        Assert.Equal("09", fee.GetProperty("physicianSupervision").GetString());
        Assert.Equal("99", fee.GetProperty("imagingFamily").GetString());
        Assert.Equal(33.4009m, fee.GetProperty("conversionFactor").GetDecimal());
        // Non-facility (1.30 + 1.46 + 0.09) x 33.4009 = 95.1926 -> 95.19; facility (1.30 + 0.33 + 0.09) x 33.4009 = 57.4495 -> 57.45.
        Assert.Equal(95.19m, fee.GetProperty("nonFacilityNationalAmount").GetDecimal());
        Assert.Equal(57.45m, fee.GetProperty("facilityNationalAmount").GetDecimal());
    }

    [Fact]
    public async Task Code99213_IsPricedPerLocality_FacilityAndNonFacility()
    {
        var fee = (await DataAsync("""
            { code(code: "99213") { medicareFees { all: localities { locality }
                manhattan: localities(locality: "13202-01") { state name workGpci peGpci mpGpci nonFacilityAmount facilityAmount }
                alaska: localities(locality: "AK") { locality nonFacilityAmount facilityAmount } } } }
            """, "code")).GetProperty("medicareFees")[0];

        Assert.Equal(109, fee.GetProperty("all").GetArrayLength());
        // Manhattan 2026: (1.30 x 1.064 + 1.46 x 1.162 + 0.09 x 1.586) x 33.4009 = 107.6331 -> 107.63;
        // facility (1.30 x 1.064 + 0.33 x 1.162 + 0.09 x 1.586) x 33.4009 = 63.7757 -> 63.78.
        var manhattan = Assert.Single(fee.GetProperty("manhattan").EnumerateArray());
        Assert.Equal("NY", manhattan.GetProperty("state").GetString());
        Assert.Equal("MANHATTAN", manhattan.GetProperty("name").GetString());
        Assert.Equal(1.162m, manhattan.GetProperty("peGpci").GetDecimal());
        Assert.Equal(107.63m, manhattan.GetProperty("nonFacilityAmount").GetDecimal());
        Assert.Equal(63.78m, manhattan.GetProperty("facilityAmount").GetDecimal());
        // Alaska's 1.5 work floor: (1.30 x 1.5 + 1.46 x 1.065 + 0.09 x 0.551) x 33.4009 = 118.7232 -> 118.72; facility 78.5269 -> 78.53.
        var alaska = Assert.Single(fee.GetProperty("alaska").EnumerateArray());
        Assert.Equal("02102-01", alaska.GetProperty("locality").GetString());
        Assert.Equal(118.72m, alaska.GetProperty("nonFacilityAmount").GetDecimal());
        Assert.Equal(78.53m, alaska.GetProperty("facilityAmount").GetDecimal());
    }

    [Fact]
    public async Task UnpricedRvuRows_BecomeCodesWithTheirStatus()
    {
        var code = await DataAsync("""{ code(code: "96376") { codeType descriptorLicensed medicareFees { status globalDays nonFacilityNationalAmount } } }""", "code");

        Assert.Equal("CPT", code.GetProperty("codeType").GetString());
        Assert.False(code.GetProperty("descriptorLicensed").GetBoolean());
        Assert.Equal("X", code.GetProperty("medicareFees")[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, code.GetProperty("medicareFees")[0].GetProperty("nonFacilityNationalAmount").ValueKind);
    }

    [Fact]
    public async Task EveryImport_IsARunWithItsReleaseAndRows()
    {
        var runs = (await DataAsync("{ ingestRuns { kind status sha256 } }", "ingestRuns")).EnumerateArray()
            .Select(r => (Kind: r.GetProperty("kind").GetString(), Status: r.GetProperty("status").GetString())).ToList();

        Assert.Contains(("ICD10CM", "SUCCEEDED"), runs);
        Assert.Contains(("NCCI_PTP_PRACTITIONER", "SUCCEEDED"), runs);
        Assert.Contains("imported", fixture.Imports["icd10cm"].Output);
        Assert.Contains("74719 rows (ICD10CM FY2026", fixture.Imports["icd10cm"].Output);
        Assert.Contains("8846 rows (HCPCS_LEVEL_II 2025-OCT", fixture.Imports["hcpcs"].Output);
        Assert.Contains("883 rows (NUCC_TAXONOMY 25.1", fixture.Imports["taxonomies"].Output);
        Assert.Contains("9000 rows (NCCI_ADD_ON 2026Q2", fixture.Imports["ncci-addons"].Output);
        Assert.Contains("15095 rows (NCCI_MUE_PRACTITIONER 2026-04-01", fixture.Imports["mue"].Output);
        Assert.Contains("52 rows (PLACE_OF_SERVICE 20240502", fixture.Imports["pos"].Output);
        Assert.Contains("4 rows (NCCI_PTP_PRACTITIONER v321r0", fixture.Imports["ncci-ptp"].Output);
    }

    private async Task<JsonElement> DataAsync(string query, string? field = null)
    {
        using var response = await fixture.Server.QueryAsync(query);
        var root = response.RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        var data = root.GetProperty("data").Clone();
        return field is null ? data : data.GetProperty(field);
    }
}
