#include "GuiBenchmark.h"

#include "BenchmarkStats.h"
#include "CatalogBenchSetup.h"
#include "CliSupport.h"
#include "db/DbWorker.h"
#include "db/WhenReady.h"
#include "models/ProductTableModel.h"
#include "PaintCounter.h"
#include "services/AppServices.h"
#include "services/demo/DeliveryDemoSeeder.h"
#include "services/demo/DemoSeeder.h"
#include "services/demo/OrderDemoSeeder.h"
#include "ui/common/CatalogPage.h"
#include "ui/MainWindow.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRowsToScroll = 10000;
constexpr QSize kWindowSize(1280, 800);
const QString kSearchWord = u"headphones"_s;
// The roles in the order they are driven (the buyer first: a cold thumbnail cache).
const QList<Role> kRoles{Role::Buyer, Role::Seller, Role::Courier, Role::Admin};

DemoSeeder::Account demoAccount(Role role)
{
    for (const DemoSeeder::Account& a : DemoSeeder::accounts()) {
        if (a.role == role)
            return a;
    }
    return {};
}

QString figures(const QString& name, const QList<GuiStallMonitor::Stall>& stalls, double cpuMs)
{
    const QList<double> ms = GuiStallMonitor::durations(stalls);
    const BenchmarkStats stats(ms);
    double busy = 0;
    for (double m : ms)
        busy += m;
    return u"  %1 %2 %3 %4 %5 %6 %7"_s.arg(name, -44)
        .arg(stats.count(), 7)
        .arg(stats.percentile(100), 9, 'f', 1)
        .arg(stats.percentile(99), 9, 'f', 1)
        .arg(stats.median(), 9, 'f', 2)
        .arg(busy, 10, 'f', 1)
        .arg(cpuMs, 9, 'f', 1);
}

} // namespace

void GuiBenchmark::act(const QString& label, const std::function<void()>& action)
{
    m_monitor->setLabel(label);
    bool ran = false;
    QMetaObject::invokeMethod(
        &m_context,
        [&] {
            action();
            ran = true;
        },
        Qt::QueuedConnection);
    waitFor([&] { return ran; });
}

bool GuiBenchmark::waitFor(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    bool met = false;
    // Checked when the loop has nothing left to do: the condition's own cost
    // falls between two stalls, not inside one.
    const auto check = QObject::connect(
        QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop,
        [&] {
            if (met)
                return;
            if (done()) {
                met = true;
                loop.quit();
            } else if (elapsed.elapsed() > timeoutMs) {
                loop.quit();
            }
        },
        Qt::DirectConnection);
    // Wakes the loop now and then so that a time-out is noticed.
    QTimer wake;
    QObject::connect(&wake, &QTimer::timeout, &loop, [] {});
    wake.start(100);
    loop.exec();
    QObject::disconnect(check);
    return met;
}

void GuiBenchmark::settle(AppServices& services)
{
    // The worker answers in order: once a no-op queued behind everything has
    // been answered, so has all that was asked before it, and their
    // answers' handlers (queued the same way) have run. Three rounds: an
    // answer may ask for more (a page asks for its thumbnails).
    for (int round = 0; round < 3; ++round) {
        bool answered = false;
        whenReady(services.dbWorker.withSession([](SqlSession&) { return 0; }), &m_context,
                  [&answered](int) { answered = true; });
        if (!waitFor([&] { return answered; }))
            warn(u"the database worker did not answer"_s);
    }
}

void GuiBenchmark::beginPhase(const QString& name)
{
    m_phases.append({name, m_monitor->mark(), -1, GuiStallMonitor::threadCpuMs()});
}

void GuiBenchmark::endPhase()
{
    m_phases.last().end = m_monitor->mark();
    m_phases.last().cpuMs = GuiStallMonitor::threadCpuMs() - m_phases.last().cpuMs;
}

void GuiBenchmark::warn(const QString& message)
{
    ++m_warnings;
    CliSupport::out() << u"  warning (%1): %2"_s.arg(m_monitor->label(), message) << Qt::endl;
}

void GuiBenchmark::scrollCatalog(AppServices& services, QTableView* view)
{
    auto* model = qobject_cast<ProductTableModel*>(view->model());
    QScrollBar* bar = view->verticalScrollBar();
    PaintCounter paints;
    view->viewport()->installEventFilter(&paints);
    // One wheel notch at a time.
    const int step = QApplication::wheelScrollLines() * bar->singleStep();
    while (view->rowAt(0) < kRowsToScroll) {
        const int top = view->rowAt(0);
        const QString label = u"scroll (row %1)"_s.arg(top);
        if (bar->value() >= bar->maximum()) {
            // At the end of what is loaded the view asks the model for the next page.
            const int rows = model->rowCount();
            if (!waitFor([&] {
                    return !model->isLoading() &&
                           (model->rowCount() > rows || !model->canFetchMore({}));
                })) {
                warn(u"no next page at row %1"_s.arg(rows));
                break;
            }
            if (model->rowCount() == rows)
                break;        // the end of the catalog
            settle(services); // the page's thumbnails asked for and delivered
        }
        const int painted = paints.count();
        act(label, [&] { bar->setValue(bar->value() + step); });
        if (!waitFor([&] { return paints.count() > painted; }, 10000))
            warn(u"the view did not repaint"_s);
        if (view->rowAt(0) == top && bar->value() < bar->maximum()) {
            warn(u"the view did not scroll"_s);
            break;
        }
    }
    m_rowsScrolled += std::max(0, view->rowAt(0));
    view->viewport()->removeEventFilter(&paints);
}

void GuiBenchmark::typeSearch(AppServices& services, MainWindow* window)
{
    auto* page = window->findChild<CatalogPage*>();
    auto* search = window->findChild<QLineEdit*>(u"catalogSearch"_s);
    if (!page || !search) {
        warn(u"no catalog search field"_s);
        return;
    }
    ProductTableModel* model = page->model();
    act(u"search: focus"_s, [&] { search->setFocus(); });
    for (qsizetype i = 0; i < kSearchWord.size(); ++i) {
        const QString typed = kSearchWord.left(i + 1);
        act(u"search '%1'"_s.arg(typed),
            [&] { QTest::keyClick(search, kSearchWord.at(i).toLatin1()); });
        // The results for what is typed so far (after the page's debounce).
        if (!waitFor([&] { return model->query().text == typed && !model->isLoading(); }))
            warn(u"no results for '%1'"_s.arg(typed));
        settle(services);
    }
}

void GuiBenchmark::openProductView(AppServices& services, MainWindow* window)
{
    auto* view = window->findChild<QTableView*>(u"catalogView"_s);
    if (!view || view->model()->rowCount() == 0) {
        warn(u"no product to open"_s);
        return;
    }
    const QString label = m_monitor->label();
    // The dialog is modal: what happens while it is open runs inside its
    // event loop, queued by the same event as the key that opens it.
    auto whileOpen = [&] {
        QDialog* dialog = nullptr;
        if (!waitFor([&] {
                dialog = window->findChild<QDialog*>(u"productDetailDialog"_s);
                return dialog && dialog->isVisible();
            })) {
            warn(u"the product view did not open"_s);
            return;
        }
        auto* title = dialog->findChild<QLabel*>(u"productTitle"_s);
        if (!waitFor([&] { return title && !title->text().isEmpty(); }))
            warn(u"the product view did not load"_s);
        settle(services); // pictures, reviews
        act(label + u": close"_s, [&] { dialog->reject(); });
    };
    act(label, [&] {
        QTimer::singleShot(0, &m_context, whileOpen);
        view->setCurrentIndex(view->model()->index(std::max(0, view->rowAt(0)), 0));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
    });
    settle(services);
}

void GuiBenchmark::openFirstOrder(AppServices& services, MainWindow* window)
{
    auto* view = window->findChild<QTableView*>(u"ordersView"_s);
    if (!view || !view->isVisible() || view->model()->rowCount() == 0) {
        warn(u"no order to open"_s);
        return;
    }
    act(u"order detail"_s, [&] { view->selectRow(0); });
    settle(services);
}

int GuiBenchmark::driveRole(int roleIndex, const ConnectionSettings& client)
{
    const Role role = kRoles.at(roleIndex);
    const QString who = roleToSql(role);
    const DemoSeeder::Account account = demoAccount(role);
    auto worker = std::make_unique<DbWorker>(client);
    auto services = std::make_unique<AppServices>(*worker);

    // Logging in is the worker's business (bcrypt on the server): not measured.
    std::optional<Result<LoginResult>> login;
    whenReady(
        services->auth.login(account.email, account.password, AuthService::deviceDescription()),
        &m_context, [&login](const Result<LoginResult>& r) { login = r; });
    waitFor([&] { return login.has_value(); });
    if (!*login)
        return CliSupport::fail(login->error());

    beginPhase(u"%1: open the window"_s.arg(who));
    MainWindow* window = nullptr;
    act(u"open the window (%1): build"_s.arg(who), [&] {
        window = new MainWindow((*login)->account, *services, u"bench"_s);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->resize(kWindowSize);
    });
    act(u"open the window (%1): show"_s.arg(who), [&] { window->show(); });
    settle(*services);
    endPhase();

    const QStringList screens = window->screenNames();
    if (screens.contains(u"catalogPage"_s)) {
        act(u"screen catalogPage (%1)"_s.arg(who), [&] { window->showScreen(u"catalogPage"_s); });
        auto* view = window->findChild<QTableView*>(u"catalogView"_s);
        auto* model = qobject_cast<ProductTableModel*>(view->model());
        waitFor([&] { return !model->isLoading() && model->rowCount() > 0; });
        settle(*services);
        if (role == Role::Buyer) {
            beginPhase(u"%1: scroll the catalog %2 rows"_s.arg(who).arg(kRowsToScroll));
            scrollCatalog(*services, view);
            endPhase();
        }
        beginPhase(u"%1: product view"_s.arg(who));
        m_monitor->setLabel(u"product view (%1)"_s.arg(who));
        openProductView(*services, window);
        endPhase();
        if (role == Role::Buyer) {
            beginPhase(u"%1: type '%2'"_s.arg(who, kSearchWord));
            typeSearch(*services, window);
            endPhase();
        }
    }

    beginPhase(u"%1: every screen (%2)"_s.arg(who).arg(screens.size()));
    for (const QString& screen : screens) {
        act(u"screen %1 (%2)"_s.arg(screen, who), [&] { window->showScreen(screen); });
        settle(*services);
        ++m_screens;
    }
    endPhase();

    if (role == Role::Buyer) {
        beginPhase(u"%1: cart and orders"_s.arg(who));
        act(u"screen cartPage (buyer)"_s, [&] { window->showScreen(u"cartPage"_s); });
        settle(*services);
        act(u"screen ordersPage (buyer)"_s, [&] { window->showScreen(u"ordersPage"_s); });
        settle(*services);
        openFirstOrder(*services, window);
        endPhase();
    }

    m_monitor->setLabel(u"close (%1)"_s.arg(who));
    act(m_monitor->label(), [&] { delete window; });
    bool loggedOut = false;
    whenReady(services->auth.logout(), &m_context,
              [&loggedOut](const VoidResult&) { loggedOut = true; });
    waitFor([&] { return loggedOut; });
    return 0;
}

int GuiBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmark the GUI: the longest time the GUI thread does not return to its event loop "
        "while a user works through every screen on a large catalog (offscreen)."_s);
    parser.addHelpOption();
    CatalogBenchSetup::addOptions(parser);
    parser.process(arguments);
    const qint64 products = CatalogBenchSetup::products(parser);
    if (products < 20000)
        return CliSupport::usage(u"--products must be at least 20000."_s);
    auto& out = CliSupport::out();

    // Settings, the thumbnail cache and the courier's store of this run only:
    // the operator's own are left alone, and the thumbnails start cold.
    QTemporaryDir home;
    if (!home.isValid())
        return CliSupport::usage(u"Cannot make a temporary directory."_s);
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(name, home.filePath(QString::fromLatin1(name)).toLocal8Bit());

    auto db = CatalogBenchSetup::open(parser);
    if (!db)
        return CliSupport::fail(db.error());
    {
        // Something in every buyer's, courier's and seller's screen.
        SqlExecutor& sql = (*db)->sql();
        if (auto orders = OrderDemoSeeder(sql).seed(); !orders)
            return CliSupport::fail(orders.error());
        if (auto deliveries = DeliveryDemoSeeder(sql).seed(5); !deliveries)
            return CliSupport::fail(deliveries.error());
    }

    // The offscreen platform says this of every window it shows: not news.
    static const QtMessageHandler previousHandler = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (message != u"This plugin does not support propagateSizeHints()"_s)
                previousHandler(type, context, message);
        });

    GuiBenchmark bench;
    GuiStallMonitor monitor;
    bench.m_monitor = &monitor;

    // The reference: the same monitor on an idle event loop with a 10 ms timer.
    monitor.setArmed(true);
    monitor.setLabel(u"idle"_s);
    const double idleCpuStart = GuiStallMonitor::threadCpuMs();
    {
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &bench.m_context, [] {});
        tick.start(10);
        QElapsedTimer second;
        second.start();
        bench.waitFor([&] { return second.elapsed() >= 1000; });
    }
    const QList<GuiStallMonitor::Stall> idle = monitor.since(0);
    const double idleCpuMs = GuiStallMonitor::threadCpuMs() - idleCpuStart;
    const qsizetype firstMeasured = monitor.mark();
    const double cpuStart = GuiStallMonitor::threadCpuMs();

    out << "Driving the main window of each role offscreen at " << kWindowSize.width() << "x"
        << kWindowSize.height() << "..." << Qt::endl;
    for (int i = 0; i < kRoles.size(); ++i) {
        if (int failed = bench.driveRole(i, (*db)->clientSettings()); failed != 0)
            return failed;
    }
    monitor.setArmed(false);
    const double cpuMs = GuiStallMonitor::threadCpuMs() - cpuStart;

    const QList<GuiStallMonitor::Stall> all = monitor.since(firstMeasured);
    const BenchmarkStats overall(GuiStallMonitor::durations(all));
    const BenchmarkStats idleStats(GuiStallMonitor::durations(idle));
    out << Qt::endl
        << "HexaStore benchmark: GUI stalls (" << products << " products, " << bench.m_rowsScrolled
        << " rows scrolled, " << bench.m_screens << " screens)" << Qt::endl
        << u"  %1 %2 %3 %4 %5 %6 %7"_s.arg(u"phase"_s, -44)
               .arg(u"events"_s, 7)
               .arg(u"max ms"_s, 9)
               .arg(u"p99 ms"_s, 9)
               .arg(u"p50 ms"_s, 9)
               .arg(u"busy ms"_s, 10)
               .arg(u"cpu ms"_s, 9)
        << Qt::endl
        << figures(u"reference: idle event loop, 1 s"_s, idle, idleCpuMs) << Qt::endl;
    for (const Phase& phase : bench.m_phases)
        out << figures(phase.name, monitor.stalls().mid(phase.first, phase.end - phase.first),
                       phase.cpuMs)
            << Qt::endl;
    out << figures(u"all of it (aim: max < 50 ms)"_s, all, cpuMs) << Qt::endl
        << "  longest stalls:" << Qt::endl;
    for (const GuiStallMonitor::Stall& stall : GuiStallMonitor::longest(all, 5))
        out << u"    %1 ms (cpu %2 ms)  %3"_s.arg(stall.ms, 8, 'f', 1)
                   .arg(stall.cpuMs, 5, 'f', 1)
                   .arg(stall.label)
            << Qt::endl;
    if (bench.m_warnings > 0)
        out << "  " << bench.m_warnings << " warning(s) above: the run did not go as planned."
            << Qt::endl;
    out << u"  reference: idle_max_ms=%1 idle_p99_ms=%2 idle_events=%3"_s
               .arg(idleStats.percentile(100), 0, 'f', 1)
               .arg(idleStats.percentile(99), 0, 'f', 1)
               .arg(idleStats.count())
        << Qt::endl
        << u"RESULT gui max_stall_ms=%1 p99_stall_ms=%2 p50_stall_ms=%3 events=%4 "
           "rows_scrolled=%5 screens=%6"_s.arg(overall.percentile(100), 0, 'f', 1)
               .arg(overall.percentile(99), 0, 'f', 1)
               .arg(overall.median(), 0, 'f', 1)
               .arg(overall.count())
               .arg(bench.m_rowsScrolled)
               .arg(bench.m_screens)
        << Qt::endl;
    return bench.m_warnings == 0 ? 0 : 1;
}
