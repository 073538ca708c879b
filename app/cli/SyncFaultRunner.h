#pragma once

#include "SyncBenchSetup.h"

#include <QCoreApplication>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

#include "db/SqlSession.h"
#include "sync/CourierStore.h"
#include "sync/SyncEngine.h"

#include <memory>

class BenchmarkDatabase;
class TcpProxy;

// Randomized fault runs against the real sync code and the real server
// (docs/architecture.md §5): each run gives a new courier three deliveries and
// a new device, breaks something while the courier works (the courier's
// process killed at a named point or anywhere, the connection cut after some
// bytes, the reply to COMMIT lost, the server backend terminated, the server
// stopped like a power cut and started again, the same batch sent twice, the
// device clock a day off, a delivery reassigned while its step waits in the
// queue), lets the network heal, and checks: every recorded event is on the
// server exactly once, nothing is pending, each delivery's state is the fold
// of its applied events.
class SyncFaultRunner final {
    Q_DECLARE_TR_FUNCTIONS(SyncFaultRunner)

public:
    SyncFaultRunner(BenchmarkDatabase& db, const SyncBenchSetup::Shop& shop, QString workDir);

    // Prints a line per run that broke an invariant and the RESULT line;
    // 0 when every run kept every invariant.
    int run(int runs, quint32 seed);

private:
    struct Courier {
        qint64 id = 0;
        QString email;
        QString store;
    };
    struct Check {
        int events = 0;
        int lost = 0;
        int duplicated = 0;
        int stuck = 0;
        int diverged = 0;
        int rejected = 0;
    };

    // A signed-in device of the courier with its deliveries pulled.
    struct Device {
        std::unique_ptr<SqlSession> session;
        std::unique_ptr<CourierStore> store;
        std::unique_ptr<SyncEngine> engine;
    };
    Result<Device> startDevice(const Courier& courier);

    Result<QString> runFault(const QString& fault, const Courier& courier,
                             QRandomGenerator& random);
    // `hexastore-admin courier simulate` in a child process; its exit code
    // (-1: killed or crashed).
    int simulate(const Courier& courier, int steps, quint32 seed, const QString& url,
                 const QStringList& extra = {}, const QString& killAt = {}, int killAfterMs = -1);
    VoidResult sameBatchTwice(const Courier& courier, QRandomGenerator& random);
    VoidResult reassignWhileQueued(const Courier& courier);
    Result<Check> check(const Courier& courier);
    QString clientUrl() const;

    BenchmarkDatabase& m_db;
    SyncBenchSetup::Shop m_shop;
    QString m_workDir;
    qint64 m_otherCourier = 0;
    int m_run = 0;
};
