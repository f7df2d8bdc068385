#ifndef CMINIZIP_SHIM_H
#define CMINIZIP_SHIM_H
#include <zlib.h>
#include <zip.h>
#endif
