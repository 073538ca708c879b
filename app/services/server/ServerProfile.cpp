#include "ServerProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

QString ServerProfile::id() const
{
    if (kind == Kind::Local)
        return u"local"_s;
    return u"%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

QString ServerProfile::displayName() const
{
    if (kind == Kind::Local)
        return QCoreApplication::translate("ServerProfile", "local server");
    return u"%1:%2/%3"_s.arg(host).arg(port).arg(database);
}

ConnectionSettings ServerProfile::connectionSettings(const QString& password) const
{
    ConnectionSettings s;
    s.host = host;
    s.port = port;
    s.database = database;
    s.user = user;
    s.password = password;
    s.sslMode = sslMode;
    if (s.isMultiHost())
        s.targetSessionAttrs = u"read-write"_s; // the primary, wherever it is now
    return s;
}

namespace {
// "host" or "host:port" (a bracketed IPv6 address may carry a port).
std::optional<std::pair<QString, int>> splitHostPort(const QString& text, int defaultPort)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression pattern(
        u"^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?$"_s);
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    QString host = match.captured(1);
    if (host.startsWith(u'['))
        host = host.mid(1, host.size() - 2);
    const int port = match.captured(2).isEmpty() ? defaultPort : match.captured(2).toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return std::pair{host, port};
}
} // namespace

bool ServerProfile::isValidReadServer(const QString& text)
{
    return text.trimmed().isEmpty() || splitHostPort(text, 5432).has_value();
}

std::optional<ConnectionSettings> ServerProfile::readSettings(const QString& password) const
{
    const auto hostPort = splitHostPort(readServer, port);
    if (readServer.trimmed().isEmpty() || !hostPort)
        return std::nullopt;
    ConnectionSettings s = connectionSettings(password);
    s.host = hostPort->first;
    s.port = hostPort->second;
    s.ports.clear();
    s.targetSessionAttrs.clear();
    return s;
}

ServerProfile ServerProfile::load(const QSettings& settings)
{
    ServerProfile p;
    p.kind =
        settings.value(u"server/kind"_s).toString() == u"remote"_s ? Kind::Remote : Kind::Local;
    p.host = settings.value(u"server/host"_s).toString();
    p.port = settings.value(u"server/port"_s, 5432).toInt();
    p.database = settings.value(u"server/database"_s, u"hexastore"_s).toString();
    p.user = settings.value(u"server/user"_s, u"hexastore_client"_s).toString();
    p.sslMode = settings.value(u"server/sslmode"_s, u"prefer"_s).toString();
    p.readServer = settings.value(u"server/read_server"_s).toString();
    return p;
}

void ServerProfile::save(QSettings& settings) const
{
    settings.setValue(u"server/kind"_s, kind == Kind::Remote ? u"remote"_s : u"local"_s);
    settings.setValue(u"server/host"_s, host);
    settings.setValue(u"server/port"_s, port);
    settings.setValue(u"server/database"_s, database);
    settings.setValue(u"server/user"_s, user);
    settings.setValue(u"server/sslmode"_s, sslMode);
    settings.setValue(u"server/read_server"_s, readServer);
}
