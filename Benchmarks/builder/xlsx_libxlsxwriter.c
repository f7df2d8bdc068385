/*
 * Reference writer for the builder benchmark: libxlsxwriter in constant-memory mode (Debian's
 * libxlsxwriter-dev), writing the same cells as xlsx_plain.c (numbers as numbers, text as
 * strings, nothing for an empty field) from a `;`-separated UTF-8 CSV with RFC 4180 quoting.
 * Usage: xlsx_libxlsxwriter INPUT.csv OUTPUT.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

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

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s INPUT.csv OUTPUT.xlsx\n", argv[0]);
        return 2;
    }
    FILE *input = fopen(argv[1], "rb");
    if (!input) { perror(argv[1]); return 1; }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Trajets");
    char *line = NULL, *field = malloc(1 << 20);
    size_t line_capacity = 0, field_length = 0;
    ssize_t length;
    lxw_row_t row = 0;
    lxw_col_t column = 0;
    int quoted = 0;
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
            field[field_length] = 0;
            if (field_length && is_number(field, field_length))
                worksheet_write_number(sheet, row, column, strtod(field, NULL), NULL);
            else if (field_length)
                worksheet_write_string(sheet, row, column, field, NULL);
            field_length = 0;
            column++;
            if (c == '\n') { row++; column = 0; }
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        fprintf(stderr, "libxlsxwriter failed\n");
        return 1;
    }
    fprintf(stderr, "%u rows\n", (unsigned)row);
    return 0;
}
