#include "CourierCommand.h"

#include "CliSupport.h"
#include "db/SqlSession.h"
#include "sync/CourierStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

constexpr int kFinalAttempts = 20;

QString stateText(QueuedEvent::State state)
{
    switch (state) {
    case QueuedEvent::State::Pending:
        return u"pending"_s;
    case QueuedEvent::State::Acked:
        return u"acked"_s;
    case QueuedEvent::State::Rejected:
        return u"rejected"_s;
    }
    return {};
}

// One legal step for the delivery, chosen at random, with its reason or proof.
CourierStep randomStep(const CourierDelivery& delivery, const QList<DeliveryStatus>& steps,
                       QRandomGenerator& random)
{
    CourierStep step;
    step.deliveryId = delivery.id;
    step.to = steps.at(int(random.bounded(quint32(steps.size()))));
    if (step.to == DeliveryStatus::FailedAttempt) {
        static const QStringList reasons{u"recipient_absent"_s, u"address_not_found"_s,
                                         u"refused"_s, u"damaged"_s, u"other"_s};
        step.failureReason = reasons.at(int(random.bounded(quint32(reasons.size()))));
        if (step.failureReason == u"other"_s)
            step.note = u"Gate locked"_s;
    }
    if (step.to == DeliveryStatus::Delivered) {
        step.recipientName = delivery.recipient.isEmpty() ? u"Recipient"_s : delivery.recipient;
        if (delivery.amountToCollect.cents() > 0)
            step.cash = delivery.amountToCollect;
    }
    return step;
}

} // namespace

int CourierCommand::run(QStringList arguments)
{
    const QString sub = arguments.size() >= 2 ? arguments.at(1) : QString();
    arguments.removeAt(std::min<qsizetype>(1, arguments.size() - 1));
    if (sub == u"simulate"_s)
        return simulate(arguments);
    if (sub == u"events"_s)
        return events(arguments);
    return CliSupport::usage(tr("courier simulate|events (see --help of each)"));
}

int CourierCommand::simulate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A headless courier: logs in, pulls its deliveries into the local store, takes N "
           "random legal steps (each recorded as the screen would, then a sync round), and "
           "syncs until nothing is pending. It may be killed at any moment and run again on "
           "the same store."));
    parser.addHelpOption();
    parser.addOption({u"email"_s, tr("The courier's e-mail."), u"email"_s});
    parser.addOption({u"password-stdin"_s, tr("Read the password from standard input.")});
    parser.addOption({u"store"_s, tr("The local store (SQLite file)."), u"file"_s});
    parser.addOption({u"steps"_s, tr("How many steps to take."), u"n"_s, u"10"_s});
    parser.addOption({u"seed"_s, tr("Seed of the random choices."), u"s"_s, u"1"_s});
    parser.addOption({u"clock-skew"_s,
                      tr("Seconds the device's clock is off (fault tests); default 0."),
                      u"seconds"_s, u"0"_s});
    CliSupport::addTargetOptions(parser);
    parser.process(arguments);
    bool stepsOk = false;
    const int steps = parser.value(u"steps"_s).toInt(&stepsOk);
    bool seedOk = false;
    const quint32 seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!parser.isSet(u"email"_s) || !parser.isSet(u"password-stdin"_s) ||
        !parser.isSet(u"store"_s) || !stepsOk || steps < 0 || !seedOk)
        return CliSupport::usage(
            tr("Give --email, --password-stdin, --store and a whole number of --steps."));
    const QString password = CliSupport::readLineFromStdin();

    auto settings = CliSupport::target(parser, true);
    if (!settings)
        return CliSupport::fail(settings.error());
    SqlSession session(*settings);
    auto courier = CliSupport::signIn(session, parser.value(u"email"_s), password,
                                      u"courier simulate"_s, Role::Courier);
    if (!courier)
        return CliSupport::fail(courier.error());

    CourierStore::OpenReport report;
    auto store = CourierStore::open(parser.value(u"store"_s), *courier, &report);
    if (!store)
        return CliSupport::fail(store.error());
    auto& out = CliSupport::out();
    if (!report.setAsidePath.isEmpty())
        out << tr("The store was damaged; it was moved to %1.").arg(report.setAsidePath)
            << Qt::endl;
    (*store)->setClockSkew(parser.value(u"clock-skew"_s).toLongLong());
    SyncEngine engine(**store, session);
    QRandomGenerator random(seed);
    int recorded = 0;
    int syncErrors = 0;
    if (auto pulled = engine.syncOnce(); !pulled)
        ++syncErrors;
    for (int i = 0; i < steps; ++i) {
        auto deliveries = (*store)->deliveries();
        if (!deliveries)
            return CliSupport::fail(deliveries.error());
        QList<std::pair<CourierDelivery, QList<DeliveryStatus>>> workable;
        for (const CourierDelivery& d : *deliveries) {
            auto next = (*store)->nextSteps(d.id);
            if (next && !next->isEmpty())
                workable.append({d, *next});
        }
        if (workable.isEmpty())
            break;
        const auto& [delivery, next] = workable.at(int(random.bounded(quint32(workable.size()))));
        if (auto seq = (*store)->record(randomStep(delivery, next, random)); !seq)
            return CliSupport::fail(seq.error());
        ++recorded;
        if (auto round = engine.syncOnce(); !round)
            ++syncErrors; // offline is normal: the steps wait in the store
    }
    // Until nothing is pending, with back-off for a server that is away.
    for (int attempt = 0;; ++attempt) {
        auto round = engine.syncOnce();
        auto pending = (*store)->pendingCount();
        if (round && pending && *pending == 0)
            break;
        if (attempt + 1 >= kFinalAttempts) {
            return CliSupport::fail(round ? ServiceError(ServiceError::Code::Unavailable,
                                                         tr("Changes are still waiting."))
                                          : round.error());
        }
        QThread::msleep(std::min(5000, 100 << std::min(attempt, 6)));
    }
    out << tr("Recorded %1 steps; nothing is waiting (%2 sync rounds failed on the way).")
               .arg(recorded)
               .arg(syncErrors)
        << Qt::endl;
    return 0;
}

int CourierCommand::events(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Every event recorded in a courier's store, in the order recorded: "
           "<event id> <pending|acked|rejected> <delivery id> <new status>."));
    parser.addHelpOption();
    parser.addOption({u"store"_s, tr("The local store (SQLite file)."), u"file"_s});
    parser.process(arguments);
    const QString path = parser.value(u"store"_s);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return CliSupport::usage(tr("There is no store at %1.").arg(path));
    auto store = CourierStore::open(path, CourierStore::kAnyCourier, nullptr,
                                    CourierStore::Access::ReadOnly);
    if (!store)
        return CliSupport::fail(store.error());
    auto events = (*store)->events();
    if (!events)
        return CliSupport::fail(events.error());
    auto& out = CliSupport::out();
    for (const QueuedEvent& e : *events) {
        out << e.eventId << u' ' << stateText(e.state) << u' ' << e.deliveryId << u' '
            << deliveryStatusToSql(e.to) << u'\n';
    }
    out.flush();
    return 0;
}
