#pragma once

#include "db/ConnectionSettings.h"

#include <QString>

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

    // Stable name of the server for keychain keys and remembered logins.
    QString id() const;
    QString displayName() const;
    // Settings to connect with (remote only; the local server supplies its own).
    ConnectionSettings connectionSettings(const QString& password) const;

    static ServerProfile load(const QSettings& settings);
    void save(QSettings& settings) const;
};
