/*
 * Reference writer for the builder benchmark: the "plain C" XLSX writer of docs/benchmarks.md §4.
 * Reads a `;`-separated UTF-8 CSV (RFC 4180 quoting, header first) and writes one sheet of
 * inline strings and numbers, XML built into a buffer and deflated by zlib at the given level
 * through minizip, without the optional r="A1" references (an empty cell is written <c/>).
 * Usage: xlsx_plain INPUT.csv OUTPUT.xlsx [LEVEL]
 */
#include <minizip/zip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static zipFile archive;
static int level = 1;

/* A growing byte buffer, flushed into the open ZIP entry when it passes 1 MiB. */
static char *buffer;
static size_t used, capacity = 1 << 21;

static void flush_buffer(void) {
    if (used && zipWriteInFileInZip(archive, buffer, (unsigned)used) != ZIP_OK) {
        fprintf(stderr, "zip write failed\n");
        exit(1);
    }
    used = 0;
}

static void put(const char *bytes, size_t length) {
    if (used + length > capacity) flush_buffer();
    memcpy(buffer + used, bytes, length);
    used += length;
}

#define PUT_LITERAL(text) put(text, sizeof(text) - 1)

static void put_escaped(const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        switch (text[i]) {
        case '&': PUT_LITERAL("&amp;"); break;
        case '<': PUT_LITERAL("&lt;"); break;
        case '>': PUT_LITERAL("&gt;"); break;
        default: put(text + i, 1);
        }
    }
}

/* True when the field reads as a decimal number. */
static int is_number(const char *text, size_t length) {
    size_t i = 0, digits = 0;
    if (length && text[0] == '-') i++;
    for (; i < length && text[i] >= '0' && text[i] <= '9'; i++) digits++;
    if (i < length && text[i] == '.') {
        i++;
        for (; i < length && text[i] >= '0' && text[i] <= '9'; i++) digits++;
    }
    return digits > 0 && i == length && length < 16;
}

static void write_cell(const char *text, size_t length) {
    if (length == 0) {
        PUT_LITERAL("<c/>");
    } else if (is_number(text, length)) {
        PUT_LITERAL("<c><v>");
        put(text, length);
        PUT_LITERAL("</v></c>");
    } else {
        PUT_LITERAL("<c t=\"inlineStr\"><is><t>");
        put_escaped(text, length);
        PUT_LITERAL("</t></is></c>");
    }
}

static void open_entry(const char *name, int deflate_level) {
    zip_fileinfo info = {0};
    if (zipOpenNewFileInZip4_64(archive, name, &info, NULL, 0, NULL, 0, NULL, Z_DEFLATED, deflate_level, 0,
                                -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, NULL, 0, 0, 0, 0) != ZIP_OK) {
        fprintf(stderr, "cannot open entry %s\n", name);
        exit(1);
    }
}

static void small_entry(const char *name, const char *content) {
    open_entry(name, 6);
    put(content, strlen(content));
    flush_buffer();
    zipCloseFileInZip(archive);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s INPUT.csv OUTPUT.xlsx [LEVEL]\n", argv[0]);
        return 2;
    }
    if (argc > 3) level = atoi(argv[3]);
    FILE *input = fopen(argv[1], "rb");
    if (!input) { perror(argv[1]); return 1; }
    archive = zipOpen64(argv[2], APPEND_STATUS_CREATE);
    if (!archive) { fprintf(stderr, "cannot create %s\n", argv[2]); return 1; }
    buffer = malloc(capacity);

    small_entry("[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
    small_entry("_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    small_entry("xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"Trajets\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    small_entry("xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");

    open_entry("xl/worksheets/sheet1.xml", level);
    PUT_LITERAL("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    char *line = NULL, *field = malloc(1 << 20);
    size_t line_capacity = 0;
    ssize_t length;
    long rows = 0;
    size_t field_length = 0;
    int quoted = 0, in_row = 0;
    while ((length = getline(&line, &line_capacity, input)) > 0) {
        for (ssize_t i = 0; i < length; i++) {
            char c = line[i];
            if (quoted) {
                if (c != '"') field[field_length++] = c;
                else if (i + 1 < length && line[i + 1] == '"') { field[field_length++] = '"'; i++; }
                else quoted = 0;
                continue;
            }
            if (c == '"') { quoted = 1; continue; }
            if (c == '\r') continue;
            if (c != ';' && c != '\n') { field[field_length++] = c; continue; }
            if (!in_row) { PUT_LITERAL("<row>"); in_row = 1; }
            write_cell(field, field_length);
            field_length = 0;
            if (c == '\n') { PUT_LITERAL("</row>"); rows++; in_row = 0; }
        }
    }
    PUT_LITERAL("</sheetData></worksheet>");
    flush_buffer();
    zipCloseFileInZip(archive);
    zipClose(archive, NULL);
    fprintf(stderr, "%ld rows\n", rows);
    return 0;
}
