#pragma once

#include "db/DbWorker.h"
#include "services/AppServices.h"
#include "SyncWait.h"

// The worker comes first, so that the services can be built on it.
struct ServiceClientWorker {
    ServiceClientWorker(const ConnectionSettings& settings,
                        const std::optional<ConnectionSettings>& readServer)
        : worker(settings, readServer)
    {}
    DbWorker worker;
};

// One signed-in desktop client without windows: its own connection on its own
// worker thread, and every service on it (auth, cart, orders, …).
struct ServiceClient final : ServiceClientWorker, AppServices {
    ServiceClient(const ConnectionSettings& settings, const QString& email, const QString& password,
                  const std::optional<ConnectionSettings>& readServer = std::nullopt)
        : ServiceClientWorker(settings, readServer)
        , AppServices(worker)
    {
        ok = await(auth.login(email, password, QStringLiteral("test"))).has_value();
    }
    bool ok = false;
};
