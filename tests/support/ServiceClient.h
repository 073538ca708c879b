#pragma once

#include "db/DbWorker.h"
#include "services/AppServices.h"
#include "SyncWait.h"

// The worker comes first, so that the services can be built on it.
struct ServiceClientWorker {
    explicit ServiceClientWorker(const ConnectionSettings& settings)
        : worker(settings)
    {}
    DbWorker worker;
};

// One signed-in desktop client without windows: its own connection on its own
// worker thread, and every service on it (auth, cart, orders, …).
struct ServiceClient final : ServiceClientWorker, AppServices {
    ServiceClient(const ConnectionSettings& settings, const QString& email, const QString& password)
        : ServiceClientWorker(settings)
        , AppServices(worker)
    {
        ok = await(auth.login(email, password, QStringLiteral("test"))).has_value();
    }
    bool ok = false;
};
