#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

// Splits "h1:5432,h2:5433" (a multi-host URL's authority, after any user
// info) into hosts and ports; QUrl reads one host only.
Result<std::pair<QStringList, QList<int>>> splitHostList(const QString& hostList)
{
    QStringList hosts;
    QList<int> ports;
    for (const QString& entry : hostList.split(u',')) {
        QString host = entry;
        int port = 5432;
        const qsizetype bracketEnd = entry.indexOf(u']');
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon > bracketEnd) {
            bool ok = false;
            port = entry.mid(colon + 1).toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return std::unexpected(badUrl(QCoreApplication::translate(
                    "ConnectionSettings", "the port must be a number from 1 to 65535")));
            host = entry.left(colon);
        }
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            return std::unexpected(badUrl(QCoreApplication::translate(
                "ConnectionSettings", "one of its servers has no host name")));
        hosts << QUrl::fromPercentEncoding(host.toUtf8());
        ports << port;
    }
    return std::pair{hosts, ports};
}

} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString& input)
{
    QString text = input.trimmed();
    // A multi-host URL: parse it with a placeholder host, then put the servers back.
    QStringList hosts;
    QList<int> hostPorts;
    static const QRegularExpression multiHost(
        u"^(postgres(?:ql)?://(?:[^@/]*@)?)([^/?]*,[^/?]*)"_s);
    if (const auto match = multiHost.match(text); match.hasMatch()) {
        auto split = splitHostList(match.captured(2));
        if (!split)
            return std::unexpected(split.error());
        hosts = split->first;
        hostPorts = split->second;
        text.replace(match.capturedStart(2), match.capturedLength(2), u"multi-host"_s);
    }
    const QUrl url(text, QUrl::StrictMode);
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
            // One port, or one per host of a multi-host setting.
            QList<int> list;
            for (const QString& part : value.split(u',')) {
                bool ok = false;
                const int port = part.toInt(&ok);
                if (!ok || port <= 0 || port > 65535)
                    return std::unexpected(badUrl(QCoreApplication::translate(
                        "ConnectionSettings", "the port must be a number from 1 to 65535")));
                list << port;
            }
            s.port = list.first();
            s.ports = list.size() > 1 ? list : QList<int>();
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
        } else if (key == u"target_session_attrs"_s) {
            static const QStringList known{u"any"_s,     u"read-write"_s, u"read-only"_s,
                                           u"primary"_s, u"standby"_s,    u"prefer-standby"_s};
            if (!known.contains(value))
                return std::unexpected(
                    badUrl(QCoreApplication::translate("ConnectionSettings",
                                                       "unknown target_session_attrs \"%1\"")
                               .arg(value)));
            s.targetSessionAttrs = value;
        } else {
            return std::unexpected(
                badUrl(QCoreApplication::translate("ConnectionSettings", "unknown parameter \"%1\"")
                           .arg(key)));
        }
    }
    if (s.database.isEmpty())
        return std::unexpected(
            badUrl(QCoreApplication::translate("ConnectionSettings", "it names no database")));
    if (!hosts.isEmpty()) {
        s.host = hosts.join(u',');
        s.port = hostPorts.first();
        s.ports = hostPorts;
    }
    if (s.host.isEmpty())
        s.host = u"localhost"_s;
    return s;
}

QString ConnectionSettings::portText() const
{
    if (ports.isEmpty())
        return QString::number(port);
    QStringList list;
    for (int p : ports)
        list << QString::number(p);
    return list.join(u',');
}

QString ConnectionSettings::toUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (isLocalSocket()) {
        query.addQueryItem(u"host"_s, host);
        query.addQueryItem(u"port"_s, portText());
        if (!user.isEmpty())
            query.addQueryItem(u"user"_s, user);
    } else {
        url.setHost(host);
        url.setPort(port);
        url.setUserName(user);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!targetSessionAttrs.isEmpty())
        query.addQueryItem(u"target_session_attrs"_s, targetSessionAttrs);
    if (isMultiHost() && !isLocalSocket()) {
        QStringList servers;
        const QStringList hosts = host.split(u',');
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const int p = i < ports.size() ? ports.at(i) : port;
            servers << QString::fromUtf8(QUrl::toPercentEncoding(hosts.at(i))) + u':' +
                           QString::number(p);
        }
        const QString userPart =
            user.isEmpty() ? QString() : QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
        return u"postgresql://"_s + userPart + servers.join(u',') + u'/' + database +
               (query.isEmpty() ? QString() : u'?' + query.toString(QUrl::FullyEncoded));
    }
    // QUrl drops the empty authority of postgresql:///db, which libpq needs.
    if (isLocalSocket())
        return u"postgresql:///"_s + database + u'?' + query.toString(QUrl::FullyEncoded);
    url.setQuery(query);
    return url.toString();
}

QString ConnectionSettings::displayName() const
{
    const QString where =
        isLocalSocket() || isMultiHost() ? host : host + u':' + QString::number(port);
    return user + u'@' + where + u'/' + database;
}

QList<std::pair<QByteArray, QByteArray>> ConnectionSettings::libpqParameters() const
{
    QList<std::pair<QByteArray, QByteArray>> p{
        {"host", host.toUtf8()},
        {"port", portText().toUtf8()},
        {"dbname", database.toUtf8()},
        {"user", user.toUtf8()},
        {"connect_timeout", QByteArray::number(connectTimeoutSeconds)},
        // Keepalives let a dead server show up as a lost connection within a minute.
        {"keepalives", "1"},
        {"keepalives_idle", "30"},
        {"keepalives_interval", "10"},
        {"keepalives_count", "3"},
        // A startup parameter, which a pooler keeps per client.
        {"client_encoding", "UTF8"},
    };
    if (!password.isEmpty())
        p.append({"password", password.toUtf8()});
    if (!sslMode.isEmpty())
        p.append({"sslmode", sslMode.toUtf8()});
    if (!applicationName.isEmpty())
        p.append({"application_name", applicationName.toUtf8()});
    if (!targetSessionAttrs.isEmpty())
        p.append({"target_session_attrs", targetSessionAttrs.toUtf8()});
    return p;
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
