#pragma once

#include "domain/ServiceError.h"

#include <QFuture>
#include <QString>

// Secrets in the desktop keychain (QtKeychain; Secret Service on Linux). Jobs
// are asynchronous and need the calling thread's event loop. Errors: NotFound
// for a missing entry, Unavailable when there is no usable keychain.
class CredentialStore final {
public:
    explicit CredentialStore(QString service = QStringLiteral("HexaStore"));

    QFuture<Result<QString>> read(const QString& key) const;
    QFuture<VoidResult> write(const QString& key, const QString& secret) const;
    QFuture<VoidResult> remove(const QString& key) const;

    // Key of the remembered refresh token for one server and e-mail address.
    static QString refreshTokenKey(const QString& serverId, const QString& email);
    // Key of the client role's password for a remote server.
    static QString serverPasswordKey(const QString& serverId);

private:
    QString m_service;
};
