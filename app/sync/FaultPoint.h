#pragma once

// Named places in the courier's sync where the fault tests kill the process
// (docs/architecture.md §5). With HEXASTORE_KILL_AT=<name> or <name>@<n> in the
// environment, the process kills itself with SIGKILL the n-th time (default
// the first) it passes that place; without it, passing costs one comparison.
namespace FaultPoint {
void reach(const char* name);
} // namespace FaultPoint
