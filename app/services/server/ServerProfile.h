#pragma once

#include "db/ConnectionSettings.h"

#include <QString>

#include <optional>

class QSettings;

// Which server the desktop client uses: the private local server (default) or
// a remote PostgreSQL. Remembered in settings, except the client role's
// password, which belongs in the keychain.
struct ServerProfile {
    enum class Kind { Local, Remote };

    Kind kind = Kind::Local;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("hexastore");
    QString user = QStringLiteral("hexastore_client");
    QString sslMode = QStringLiteral("prefer");
    // "host" or "host:port" of a read-only server (a streaming standby) that
    // the catalog is read from, with the same database, role and encryption;
    // empty: none. `host` itself may list several servers ("h1,h2"): the
    // client then connects to the one that accepts writes.
    QString readServer;

    // Stable name of the server for keychain keys and remembered logins.
    QString id() const;
    QString displayName() const;
    // Settings to connect with (remote only; the local server supplies its own).
    ConnectionSettings connectionSettings(const QString& password) const;
    // The read server's settings; std::nullopt when there is none.
    std::optional<ConnectionSettings> readSettings(const QString& password) const;
    // Whether `readServer` is empty or reads as host[:port].
    static bool isValidReadServer(const QString& text);

    static ServerProfile load(const QSettings& settings);
    void save(QSettings& settings) const;
};
