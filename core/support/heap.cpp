#include "heap.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kubeminder::Heap {

void releaseFreed()
{
#if defined(__GLIBC__)
    // 0: keep no padding at the top of the main heap; every arena's free pages go back.
    ::malloc_trim(0);
#endif
}

} // namespace kubeminder::Heap
