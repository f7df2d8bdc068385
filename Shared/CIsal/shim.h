#ifndef CISAL_SHIM_H
#define CISAL_SHIM_H
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <stdint.h>
#include <stdlib.h>

/* ISA-L's stream keeps its history and hash tables inline, as fixed arrays that Swift would import
   as tuples of tens of thousands of elements: the stream is made, driven and freed here, and
   Swift holds it as an opaque pointer (ExportFiles/RawDeflater.swift). */

/* A raw DEFLATE stream (RFC 1951, no header) at igzip level 1 to 3 with the level's default work
   buffer; NULL for another level or when memory runs out. */
static inline void *cisal_deflate_create(int level) {
    uint32_t size;
    switch (level) {
    case 1: size = ISAL_DEF_LVL1_DEFAULT; break;
    case 2: size = ISAL_DEF_LVL2_DEFAULT; break;
    case 3: size = ISAL_DEF_LVL3_DEFAULT; break;
    default: return NULL;
    }
    struct isal_zstream *stream = malloc(sizeof *stream);
    uint8_t *buffer = malloc(size);
    if (stream == NULL || buffer == NULL) {
        free(stream);
        free(buffer);
        return NULL;
    }
    isal_deflate_init(stream);
    stream->level = (uint32_t)level;
    stream->level_buf = buffer;
    stream->level_buf_size = size;
    stream->gzip_flag = IGZIP_DEFLATE;
    return stream;
}

/* One call of isal_deflate: takes up to `input_count` bytes (`last`: they end the stream), writes
   up to `output_capacity` bytes; tells how many of each it used and whether the stream is complete.
   Returns ISA-L's status (COMP_OK, 0, or a negative error). */
static inline int cisal_deflate(void *handle, const uint8_t *input, uint32_t input_count, int last,
                                uint8_t *output, uint32_t output_capacity, uint32_t *consumed,
                                uint32_t *produced, int *finished) {
    struct isal_zstream *stream = handle;
    stream->next_in = (uint8_t *)input;
    stream->avail_in = input_count;
    stream->next_out = output;
    stream->avail_out = output_capacity;
    stream->end_of_stream = last ? 1 : 0;
    stream->flush = NO_FLUSH;
    int status = isal_deflate(stream);
    *consumed = input_count - stream->avail_in;
    *produced = output_capacity - stream->avail_out;
    *finished = stream->internal_state.state == ZSTATE_END;
    return status;
}

/* Frees a stream made by cisal_deflate_create. */
static inline void cisal_deflate_free(void *handle) {
    struct isal_zstream *stream = handle;
    if (stream == NULL) return;
    free(stream->level_buf);
    free(stream);
}
#endif
