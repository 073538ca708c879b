#pragma once

#include "domain/ServiceError.h"

#include <QString>

class QSqlDatabase;

// Where and as whom to connect. `host` is a host name or, when it starts with
// '/', the directory of a Unix socket (libpq's convention).
struct ConnectionSettings {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode; // libpq sslmode; empty means libpq's default
    QString applicationName = QStringLiteral("hexastore");
    int connectTimeoutSeconds = 10;

    // postgresql://user:password@host:port/db?sslmode=require, or with a socket:
    // postgresql:///db?host=/run/dir&port=5432&user=name
    static Result<ConnectionSettings> fromUrl(const QString& url);
    QString toUrl() const; // never includes the password
    QString displayName() const;
    bool isLocalSocket() const { return host.startsWith(u'/'); }

    void applyTo(QSqlDatabase& db) const;
};
