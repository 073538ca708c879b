#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT, SIGTERM and SIGHUP into a normal QCoreApplication::quit(), so
// that Ctrl+C or a session logout still runs the shutdown path (which stops the
// local server). The handler only writes to a socket; Qt does the rest.
class QuitOnSignal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)
public:
    explicit QuitOnSignal(QObject* parent = nullptr);

private:
    static void onSignal(int signal);
    static inline int s_sockets[2] = {-1, -1};
    QSocketNotifier* m_notifier = nullptr;
};
