#include "ServerProfile.h"

#include <QCoreApplication>
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
}
