#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// hexastore-admin run as an operator would, in a child process: its exit code
// and everything it printed. (Tests that use it define HEXASTORE_ADMIN_PATH.)
struct AdminRun {
    int exitCode = -1;
    QString output;
};

inline AdminRun runAdmin(const QStringList& arguments, int timeoutMs = 300'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(HEXASTORE_ADMIN_PATH), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {-1, QStringLiteral("did not finish")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}
