#pragma once

#include "db/ConnectionSettings.h"
#include "domain/ServiceError.h"

#include <QString>

// Gets the local server ready for the desktop app: creates it on first start
// (with demo data), starts it, migrates it. Blocking; run it off the GUI thread.
class LocalServerBootstrap final {
public:
    struct Outcome {
        ConnectionSettings client; // how the app connects
        bool created = false;      // a new server: the demo accounts were added
        bool started = false;      // it was not running before: stop it on quit
    };

    static Result<Outcome> run(const QString& directory);
    static VoidResult stop(const QString& directory);

    static constexpr const char* kDatabase = "hexastore";
    static constexpr qint64 kDemoProducts = 2000;
    static constexpr int kDemoDeliveries = 5;
    static constexpr qint64 kDemoHistory = 2000; // orders over the last year
};
