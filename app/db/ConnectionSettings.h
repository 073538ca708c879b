#pragma once

#include "domain/ServiceError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

// Where and as whom to connect. `host` is a host name or, when it starts with
// '/', the directory of a Unix socket (libpq's convention).
struct ConnectionSettings {
    // One host, or several separated by commas (libpq tries them in order).
    QString host;
    int port = 5432;
    // Per-host ports of a multi-host setting; empty: `port` for every host.
    QList<int> ports;
    // libpq's target_session_attrs (read-write, prefer-standby, …); empty: any.
    QString targetSessionAttrs;
    QString database;
    QString user;
    QString password;
    QString sslMode; // libpq sslmode; empty means libpq's default
    QString applicationName = QStringLiteral("hexastore");
    int connectTimeoutSeconds = 10;

    // postgresql://user:password@host:port/db?sslmode=require, or with a socket:
    // postgresql:///db?host=/run/dir&port=5432&user=name, or several servers:
    // postgresql://user@h1:5432,h2:5433/db?target_session_attrs=read-write
    static Result<ConnectionSettings> fromUrl(const QString& url);
    QString toUrl() const; // never includes the password
    QString displayName() const;
    bool isLocalSocket() const { return host.startsWith(u'/'); }
    bool isMultiHost() const { return host.contains(u','); }
    // "5432" or "5432,5433": libpq's port parameter.
    QString portText() const;

    // Keywords and values for PQconnectdbParams. Only startup parameters:
    // nothing here becomes a SET on the server session.
    QList<std::pair<QByteArray, QByteArray>> libpqParameters() const;
    // For Qt's QPSQL driver (the QSqlTableModel reference of bench catalog).
    void applyTo(QSqlDatabase& db) const;
};
