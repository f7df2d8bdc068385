import ExportStorage
import Testing

/// The URI encoding and canonical query of SigV4, which S3 recomputes byte for byte.
@Suite struct StorageSigV4EncodingTests {
    @Test func encodesSpacesAsPercent20AndKeepsTheUnreservedCharacters() {
        #expect(SigV4Encoding.encode("a b+c~d-e_f.g") == "a%20b%2Bc~d-e_f.g")
    }

    @Test func encodesSlashesInQueryValuesButKeepsThemInPaths() {
        #expect(SigV4Encoding.encode("exports/a/b.zip") == "exports%2Fa%2Fb.zip")
        #expect(SigV4Encoding.encodePath("/bucket/exports/a b/é.zip") == "/bucket/exports/a%20b/%C3%A9.zip")
    }

    @Test func writesAFlagParameterWithAnEqualsSign() {
        #expect(SigV4Encoding.canonicalQuery([QueryParameter("uploads")]) == "uploads=")
    }

    @Test func sortsParametersByEncodedNameThenValue() {
        let query = [
            QueryParameter("prefix", "b"), QueryParameter("list-type", "2"), QueryParameter("prefix", "a"),
            QueryParameter("continuation-token", "1/x=="),
        ]
        #expect(SigV4Encoding.canonicalQuery(query) == "continuation-token=1%2Fx%3D%3D&list-type=2&prefix=a&prefix=b")
    }

    @Test func sortsByBytesSoThatUppercaseComesFirst() {
        let query = [
            QueryParameter("uploadId", "1"), QueryParameter("X-Amz-Date", "2"), QueryParameter("partNumber", "3"),
        ]
        #expect(SigV4Encoding.canonicalQuery(query) == "X-Amz-Date=2&partNumber=3&uploadId=1")
    }
}
