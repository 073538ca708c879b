#pragma once

#include <QStringList>

// hexastore-admin bench sync: a courier's device queues N events offline
// (10,000 by default), then the drain on loopback is timed, next to a plain
// batched INSERT of the same rows in the same run. With --faults N it runs N
// randomized fault runs instead (SyncFaultRunner).
class SyncBenchmark final {
public:
    static int run(const QStringList& arguments);
};
