#pragma once

namespace kubeminder::Heap {

/// Hands memory the program has freed back to the system. glibc keeps freed pages in its arenas
/// for reuse (each worker thread has one); after a check of 1,000 contexts that is about 20 MiB
/// the tray, idling for days until the next check, never touches again. A no-op elsewhere.
/// Costs a few milliseconds: call it after large work, not in a loop.
void releaseFreed();

} // namespace kubeminder::Heap
