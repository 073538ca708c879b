#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

ServiceError badUrl(const QString& why)
{
    return ServiceError(
        ServiceError::Code::Validation,
        QCoreApplication::translate("ConnectionSettings", "The database address is not valid: %1")
            .arg(why));
}

bool isKnownSslMode(const QString& mode)
{
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes.contains(mode);
}

} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(badUrl(url.errorString()));
    if (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)
        return std::unexpected(badUrl(
            QCoreApplication::translate("ConnectionSettings", "it must start with postgresql://")));

    ConnectionSettings s;
    s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.password = url.password();
    s.database = url.path().mid(1);

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host"_s) {
            s.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            s.port = value.toInt(&ok);
            if (!ok || s.port <= 0 || s.port > 65535)
                return std::unexpected(badUrl(QCoreApplication::translate(
                    "ConnectionSettings", "the port must be a number from 1 to 65535")));
        } else if (key == u"user"_s) {
            s.user = value;
        } else if (key == u"password"_s) {
            s.password = value;
        } else if (key == u"dbname"_s) {
            s.database = value;
        } else if (key == u"sslmode"_s) {
            if (!isKnownSslMode(value))
                return std::unexpected(badUrl(
                    QCoreApplication::translate("ConnectionSettings", "unknown sslmode \"%1\"")
                        .arg(value)));
            s.sslMode = value;
        } else if (key == u"application_name"_s) {
            s.applicationName = value;
        } else if (key == u"connect_timeout"_s) {
            s.connectTimeoutSeconds = value.toInt();
        } else {
            return std::unexpected(
                badUrl(QCoreApplication::translate("ConnectionSettings", "unknown parameter \"%1\"")
                           .arg(key)));
        }
    }
    if (s.database.isEmpty())
        return std::unexpected(
            badUrl(QCoreApplication::translate("ConnectionSettings", "it names no database")));
    if (s.host.isEmpty())
        s.host = u"localhost"_s;
    return s;
}

QString ConnectionSettings::toUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (isLocalSocket()) {
        query.addQueryItem(u"host"_s, host);
        query.addQueryItem(u"port"_s, QString::number(port));
        if (!user.isEmpty())
            query.addQueryItem(u"user"_s, user);
    } else {
        url.setHost(host);
        url.setPort(port);
        url.setUserName(user);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    // QUrl drops the empty authority of postgresql:///db, which libpq needs.
    if (isLocalSocket())
        return u"postgresql:///"_s + database + u'?' + query.toString(QUrl::FullyEncoded);
    url.setQuery(query);
    return url.toString();
}

QString ConnectionSettings::displayName() const
{
    const QString where = isLocalSocket() ? host : host + u':' + QString::number(port);
    return user + u'@' + where + u'/' + database;
}

void ConnectionSettings::applyTo(QSqlDatabase& db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    // Keepalives let a dead server show up as a lost connection within a minute.
    QStringList options{u"connect_timeout="_s + QString::number(connectTimeoutSeconds),
                        u"keepalives=1"_s, u"keepalives_idle=30"_s, u"keepalives_interval=10"_s,
                        u"keepalives_count=3"_s};
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    if (!applicationName.isEmpty() && !applicationName.contains(u' '))
        options << u"application_name="_s + applicationName;
    db.setConnectOptions(options.join(u';'));
}
