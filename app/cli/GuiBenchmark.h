#pragma once

#include "db/ConnectionSettings.h"
#include "GuiStallMonitor.h"

#include <QObject>
#include <QStringList>

#include <functional>

struct AppServices;
class MainWindow;
class QTableView;

// hexastore-admin bench gui: the real main window of each role, offscreen on
// the kept benchmark catalog, driven like a user (scrolling the catalog with
// its thumbnails, typing a search, opening the product view, every screen,
// the cart and the orders) while GuiStallMonitor records how long the GUI
// thread goes without returning to its event loop.
class GuiBenchmark final {
public:
    static int run(const QStringList& arguments);

private:
    struct Phase {
        QString name;
        qsizetype first = 0;
        qsizetype end = 0;
        double cpuMs = 0; // the GUI thread's CPU time, immune to other processes
    };

    GuiBenchmark() = default;
    Q_DISABLE_COPY_MOVE(GuiBenchmark)

    // Runs `action` as an event of the event loop (as input would arrive),
    // so that what it does counts as the GUI thread's work, labelled.
    void act(const QString& label, const std::function<void()>& action);
    // Runs the event loop until `done` holds (checked each time the loop is
    // about to wait); false after `timeoutMs`.
    bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000);
    // Until the database work asked for so far, and the work its answers
    // asked for in turn, has been answered and handled.
    void settle(AppServices& services);
    void beginPhase(const QString& name);
    void endPhase();

    int driveRole(int roleIndex, const ConnectionSettings& client);
    void scrollCatalog(AppServices& services, QTableView* view);
    void typeSearch(AppServices& services, MainWindow* window);
    void openProductView(AppServices& services, MainWindow* window);
    void openFirstOrder(AppServices& services, MainWindow* window);
    void warn(const QString& message);

    QObject m_context;
    GuiStallMonitor* m_monitor = nullptr;
    QList<Phase> m_phases;
    int m_rowsScrolled = 0;
    int m_screens = 0;
    int m_warnings = 0;
};
