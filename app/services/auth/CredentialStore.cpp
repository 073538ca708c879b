#include "CredentialStore.h"

#include <QCoreApplication>
#include <QPromise>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

ServiceError keychainError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return ServiceError(
            ServiceError::Code::NotFound,
            QCoreApplication::translate("CredentialStore", "Nothing is stored in the keychain."),
            job.errorString());
    return ServiceError(ServiceError::Code::Unavailable,
                        QCoreApplication::translate(
                            "CredentialStore",
                            "No keychain is available on this computer, so HexaStore cannot "
                            "remember your login. You will be asked for your password next time."),
                        job.errorString());
}

} // namespace

CredentialStore::CredentialStore(QString service)
    : m_service(std::move(service))
{}

QString CredentialStore::refreshTokenKey(const QString& serverId, const QString& email)
{
    return u"refresh-token:"_s + serverId + u':' + email.trimmed().toLower();
}

QString CredentialStore::serverPasswordKey(const QString& serverId)
{
    return u"server-password:"_s + serverId;
}

QFuture<Result<QString>> CredentialStore::read(const QString& key) const
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* finished) {
        auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (reader->error() == QKeychain::NoError)
            promise->addResult(reader->textData());
        else
            promise->addResult(std::unexpected(keychainError(*reader)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<VoidResult> CredentialStore::write(const QString& key, const QString& secret) const
{
    auto promise = std::make_shared<QPromise<VoidResult>>();
    promise->start();
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError)
            promise->addResult(VoidResult{});
        else
            promise->addResult(std::unexpected(keychainError(*finished)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<VoidResult> CredentialStore::remove(const QString& key) const
{
    auto promise = std::make_shared<QPromise<VoidResult>>();
    promise->start();
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* finished) {
        // Removing what is not there leaves the keychain as wanted.
        if (finished->error() == QKeychain::NoError ||
            finished->error() == QKeychain::EntryNotFound)
            promise->addResult(VoidResult{});
        else
            promise->addResult(std::unexpected(keychainError(*finished)));
        promise->finish();
    });
    job->start();
    return promise->future();
}
