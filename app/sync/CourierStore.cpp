#include "CourierStore.h"

#include "FaultPoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

std::atomic<int> g_stores{0};

constexpr int kMaxAttempts = 3;

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS deliveries ("
    " id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, status TEXT NOT NULL,"
    " server_status TEXT NOT NULL, version INTEGER NOT NULL, mine INTEGER NOT NULL,"
    " failed_attempts INTEGER NOT NULL DEFAULT 0, seller_name TEXT, pickup_address TEXT,"
    " pickup_phone TEXT, recipient TEXT, phone TEXT, address TEXT, note TEXT, items TEXT,"
    " amount_cents INTEGER NOT NULL DEFAULT 0, assigned_at TEXT, finished_at TEXT)",
    "CREATE TABLE IF NOT EXISTS outbox ("
    " seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, delivery_id INTEGER NOT NULL,"
    " from_status TEXT NOT NULL, to_status TEXT NOT NULL, payload TEXT NOT NULL,"
    " device_time TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending'"
    "  CHECK (state IN ('pending', 'acked', 'rejected')),"
    " code TEXT, message TEXT, server_status TEXT)",
    "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, seq)",
    // Whether a delivery still has steps to send (settling its state).
    "CREATE INDEX IF NOT EXISTS outbox_delivery ON outbox (delivery_id, state)",
    "CREATE TABLE IF NOT EXISTS images_out (sha256 BLOB PRIMARY KEY, bytes BLOB NOT NULL,"
    " thumbnail BLOB NOT NULL, mime TEXT NOT NULL, width INTEGER NOT NULL,"
    " height INTEGER NOT NULL)",
};

enum class Op { Read, Save, Prepare };

ServiceError storeError(Op op, const QSqlError& error)
{
    QString message;
    switch (op) {
    case Op::Read:
        message = CourierStore::tr("The deliveries on this computer could not be read.");
        break;
    case Op::Save:
        message = CourierStore::tr("The change could not be saved on this computer.");
        break;
    case Op::Prepare:
        message = CourierStore::tr("The deliveries on this computer could not be prepared.");
        break;
    }
    return ServiceError(Code::Internal, message, error.text());
}

ServiceError refused(const QString& message, const QString& field = {})
{
    ServiceError e(Code::Validation, message);
    return field.isEmpty() ? e : e.withField(field);
}

// The steps a courier takes, the same list the server applies.
bool courierMay(DeliveryStatus from, DeliveryStatus to, int failedAttempts)
{
    using S = DeliveryStatus;
    switch (from) {
    case S::Assigned:
        return to == S::PickedUp;
    case S::PickedUp:
        return to == S::OutForDelivery;
    case S::OutForDelivery:
        return to == S::Delivered || to == S::FailedAttempt;
    case S::FailedAttempt:
        return to == S::Returned || (to == S::OutForDelivery && failedAttempts < kMaxAttempts);
    default:
        return false;
    }
}

// Without the white space and invisible characters around it (zero-width
// space, word joiner, byte-order mark, soft hyphen), as the server cleans it.
QString cleanText(const QString& text)
{
    auto blank = [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Format;
    };
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && blank(text.at(from)))
        ++from;
    while (to > from && blank(text.at(to - 1)))
        --to;
    return text.mid(from, to - from);
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

CourierDelivery deliveryFrom(const QSqlRecord& r)
{
    CourierDelivery d;
    d.id = r.value(u"id"_s).toLongLong();
    d.orderId = r.value(u"order_id"_s).toLongLong();
    d.status = deliveryStatusFromSql(r.value(u"status"_s).toString()).value_or(d.status);
    d.serverStatus =
        deliveryStatusFromSql(r.value(u"server_status"_s).toString()).value_or(d.serverStatus);
    CourierStore::readWorkDetails(r, d);
    d.amountToCollect = Money::fromCents(r.value(u"amount_cents"_s).toLongLong());
    d.assignedAt = timeFrom(r.value(u"assigned_at"_s));
    d.finishedAt = timeFrom(r.value(u"finished_at"_s));
    return d;
}

QueuedEvent eventFrom(const QSqlRecord& r)
{
    QueuedEvent e;
    e.seq = r.value(u"seq"_s).toLongLong();
    e.eventId = r.value(u"event_id"_s).toString();
    e.deliveryId = r.value(u"delivery_id"_s).toLongLong();
    e.from = deliveryStatusFromSql(r.value(u"from_status"_s).toString()).value_or(e.from);
    e.to = deliveryStatusFromSql(r.value(u"to_status"_s).toString()).value_or(e.to);
    e.payload = QJsonDocument::fromJson(r.value(u"payload"_s).toString().toUtf8()).object();
    e.deviceTime = timeFrom(r.value(u"device_time"_s));
    const QString state = r.value(u"state"_s).toString();
    e.state = state == u"acked"_s      ? QueuedEvent::State::Acked
              : state == u"rejected"_s ? QueuedEvent::State::Rejected
                                       : QueuedEvent::State::Pending;
    e.code = r.value(u"code"_s).toString();
    e.message = r.value(u"message"_s).toString();
    e.serverStatus = deliveryStatusFromSql(r.value(u"server_status"_s).toString());
    return e;
}

// Runs one statement; the error names what could not be done.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& params,
                      Op what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(storeError(what, q.lastError()));
    for (const QVariant& p : params)
        q.addBindValue(p);
    if (!q.exec())
        return std::unexpected(storeError(what, q.lastError()));
    return q;
}

// One statement prepared once and run many times (answers to a batch of a
// thousand events).
class Statement {
public:
    Statement(const QSqlDatabase& db, const QString& sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }
    Result<QSqlQuery*> exec(const QVariantList& params, Op what)
    {
        if (!m_prepared)
            return std::unexpected(storeError(what, m_query.lastError()));
        for (int i = 0; i < params.size(); ++i)
            m_query.bindValue(i, params.at(i));
        if (!m_query.exec())
            return std::unexpected(storeError(what, m_query.lastError()));
        return &m_query;
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// Runs `work` in one write transaction (BEGIN IMMEDIATE takes the write lock
// at once, never half-way); a failure anywhere rolls all of it back.
template <class F>
auto writeTransaction(const QSqlDatabase& db, F&& work) -> std::invoke_result_t<F&>
{
    using R = std::invoke_result_t<F&>;
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return R(std::unexpected(storeError(Op::Save, begin.lastError())));
    R result = work();
    QSqlQuery end(db);
    if (!result) {
        end.exec(u"ROLLBACK"_s);
        return result;
    }
    if (!end.exec(u"COMMIT"_s)) {
        const ServiceError failed = storeError(Op::Save, end.lastError());
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return R(std::unexpected(failed));
    }
    return result;
}

} // namespace

CourierStore::CourierStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connection(std::move(connectionName))
{}

CourierStore::~CourierStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void CourierStore::readWorkDetails(const QSqlRecord& r, CourierDelivery& d)
{
    d.version = r.value(u"version"_s).toInt();
    d.mine = r.value(u"mine"_s).toBool();
    d.failedAttempts = r.value(u"failed_attempts"_s).toInt();
    d.sellerName = r.value(u"seller_name"_s).toString();
    d.pickupAddress = r.value(u"pickup_address"_s).toString();
    d.pickupPhone = r.value(u"pickup_phone"_s).toString();
    d.recipient = r.value(u"recipient"_s).toString();
    d.phone = r.value(u"phone"_s).toString();
    d.address = r.value(u"address"_s).toString();
    d.note = r.value(u"note"_s).toString();
    d.items = QJsonDocument::fromJson(r.value(u"items"_s).toString().toUtf8()).array();
}

QString CourierStore::defaultPath(const ConnectionSettings& server, qint64 courierId)
{
    const QString identity =
        server.isLocalSocket()
            ? server.host + u'/' + server.database
            : u"%1:%2/%3"_s.arg(server.host).arg(server.port).arg(server.database);
    const QByteArray hash =
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/couriers/"_s + QString::fromLatin1(hash) + u"/courier-"_s +
           QString::number(courierId) + u".sqlite"_s;
}

Result<std::unique_ptr<CourierStore>> CourierStore::open(const QString& path, qint64 courierId,
                                                         OpenReport* report, Access access)
{
    const QFileInfo file(path);
    if (file.exists() && !file.isFile()) {
        return std::unexpected(
            ServiceError(Code::Validation,
                         tr("%1 is not a file; the deliveries cannot be kept there.").arg(path)));
    }
    if (access == Access::ReadOnly && !file.exists())
        return std::unexpected(
            ServiceError(Code::NotFound, tr("There is no store at %1.").arg(path)));
    if (access != Access::ReadOnly)
        QDir().mkpath(file.absolutePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = u"courier-store-"_s + QString::number(++g_stores);
        std::unique_ptr<CourierStore> store(new CourierStore(path, name));
        QSqlError openError;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            if (!db.isValid()) {
                return std::unexpected(ServiceError(
                    Code::Internal,
                    tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")));
            }
            db.setDatabaseName(path);
            if (access == Access::ReadOnly)
                db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open())
                openError = db.lastError();
        }
        // Damage is what SQLite says is damage: a corrupt file, not a database,
        // or a failed integrity check (the screen's own open checks; a sync
        // round's or a reader's does not). Anything else (no permission, a
        // locked or missing directory) is an error, and the file is left alone.
        bool damaged = false;
        if (!openError.isValid()) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QSqlQuery check(db);
            const QString pragma =
                access == Access::Own ? u"PRAGMA integrity_check"_s : u"PRAGMA schema_version"_s;
            if (!check.exec(pragma) || !check.next())
                openError = check.lastError();
            else if (access == Access::Own && check.value(0).toString() != u"ok"_s)
                damaged = true;
        }
        if (openError.isValid()) {
            const QString code = openError.nativeErrorCode();
            damaged = code == u"11"_s || code == u"26"_s; // SQLITE_CORRUPT, SQLITE_NOTADB
            if (!damaged || access != Access::Own) {
                return std::unexpected(ServiceError(
                    Code::Internal,
                    damaged ? tr("The deliveries on this computer are damaged.")
                            : tr("The deliveries on this computer could not be opened: %1")
                                  .arg(openError.databaseText()),
                    openError.text()));
            }
        }
        if (!damaged) {
            if (auto prepared = store->prepare(courierId, access); !prepared)
                return std::unexpected(prepared.error());
            return store;
        }
        // Never delete a courier's work: the broken file (with its WAL) goes
        // aside for whoever can rescue it, and a fresh store starts.
        store.reset();
        const QString aside = path + u".broken-"_s +
                              QDateTime::currentDateTimeUtc().toString(u"yyyyMMddThhmmsszzz"_s);
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
                return std::unexpected(ServiceError(
                    Code::Internal,
                    tr("The deliveries on this computer are damaged and could not be moved "
                       "aside to %1.")
                        .arg(aside)));
            }
        }
        if (report)
            report->setAsidePath = aside;
    }
    return std::unexpected(
        ServiceError(Code::Internal, tr("The deliveries on this computer could not be opened.")));
}

VoidResult CourierStore::prepare(qint64 courierId, Access access)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (access != Access::ReadOnly) {
        // WAL with synchronous=FULL: a committed step survives a crash or power loss.
        for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s}) {
            QSqlQuery q(db);
            if (!q.exec(pragma))
                return std::unexpected(storeError(Op::Prepare, q.lastError()));
        }
        // One commit for the whole schema: each commit syncs the disk, and a
        // new store is made on the GUI thread at the courier's first login.
        auto created = writeTransaction(db, [&]() -> VoidResult {
            for (const char* statement : kSchema) {
                QSqlQuery q(db);
                if (!q.exec(QString::fromLatin1(statement)))
                    return std::unexpected(storeError(Op::Prepare, q.lastError()));
            }
            return {};
        });
        if (!created)
            return created;
    }
    const QString owner = meta(u"courier_id"_s);
    m_deviceId = meta(u"device_id"_s);
    if (courierId == kAnyCourier) {
        m_courierId = owner.toLongLong();
        return {};
    }
    if (!owner.isEmpty() && owner.toLongLong() != courierId) {
        return std::unexpected(ServiceError(
            Code::Forbidden, tr("These deliveries belong to another courier's account.")));
    }
    m_courierId = courierId;
    if (!owner.isEmpty())
        return {};
    // A new store gets its owner and device id together; one with work in it
    // but no owner (it cannot happen, but a copied file might) is nobody's.
    return writeTransaction(db, [&]() -> VoidResult {
        auto work =
            run(db, u"SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM deliveries)"_s,
                {}, Op::Read);
        if (!work || !work->next())
            return std::unexpected(work ? storeError(Op::Read, {}) : work.error());
        if (work->value(0).toLongLong() > 0) {
            return std::unexpected(ServiceError(
                Code::Forbidden,
                tr("These deliveries belong to no known account; they are not sent under yours.")));
        }
        work->finish();
        if (m_deviceId.isEmpty())
            m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto ok = setMeta(u"device_id"_s, m_deviceId); !ok)
            return ok;
        return setMeta(u"courier_id"_s, QString::number(courierId));
    });
}

QString CourierStore::meta(const QString& key) const
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 u"SELECT value FROM meta WHERE key = ?"_s, {key}, Op::Read);
    return q && q->next() ? q->value(0).toString() : QString();
}

VoidResult CourierStore::setMeta(const QString& key, const QString& value)
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 // A null QString binds as NULL: an empty value is stored as ''.
                 u"INSERT INTO meta (key, value) VALUES (?, coalesce(?, '')) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                 {key, value}, Op::Save);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<CourierDelivery>> CourierStore::deliveries() const
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 u"SELECT * FROM deliveries ORDER BY id"_s, {}, Op::Read);
    if (!q)
        return std::unexpected(q.error());
    QList<CourierDelivery> out;
    while (q->next())
        out.append(deliveryFrom(q->record()));
    return out;
}

Result<std::optional<CourierDelivery>> CourierStore::delivery(qint64 id) const
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 u"SELECT * FROM deliveries WHERE id = ?"_s, {id}, Op::Read);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<CourierDelivery>();
    return std::optional<CourierDelivery>(deliveryFrom(q->record()));
}

Result<QList<DeliveryStatus>> CourierStore::nextSteps(qint64 deliveryId) const
{
    auto found = delivery(deliveryId);
    if (!found)
        return std::unexpected(found.error());
    QList<DeliveryStatus> steps;
    if (!*found || !(*found)->mine)
        return steps;
    for (DeliveryStatus to :
         {DeliveryStatus::PickedUp, DeliveryStatus::OutForDelivery, DeliveryStatus::Delivered,
          DeliveryStatus::FailedAttempt, DeliveryStatus::Returned}) {
        if (courierMay((*found)->status, to, (*found)->failedAttempts))
            steps << to;
    }
    return steps;
}

Result<qint64> CourierStore::record(const CourierStep& step, const QList<StoredImage>& pictures)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto found = delivery(step.deliveryId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found || !(*found)->mine)
        return std::unexpected(refused(tr("This delivery is not assigned to you.")));
    const CourierDelivery& d = **found;
    if (!courierMay(d.status, step.to, d.failedAttempts)) {
        return std::unexpected(refused(
            d.status == DeliveryStatus::FailedAttempt && d.failedAttempts >= kMaxAttempts
                ? tr("After three failed attempts the goods go back to the seller.")
                : tr("A delivery that is “%1” cannot become “%2”.")
                      .arg(deliveryStatusDisplayName(d.status), deliveryStatusDisplayName(step.to)),
            u"status"_s));
    }
    QJsonObject payload;
    if (step.to == DeliveryStatus::FailedAttempt) {
        static const QStringList reasons{u"recipient_absent"_s, u"address_not_found"_s,
                                         u"refused"_s, u"damaged"_s, u"other"_s};
        if (!reasons.contains(step.failureReason))
            return std::unexpected(refused(tr("Say why the delivery failed."), u"reason"_s));
        const QString note = cleanText(step.note);
        if (step.failureReason == u"other"_s && note.isEmpty())
            return std::unexpected(refused(tr("Describe what happened."), u"note"_s));
        if (note.size() > 500)
            return std::unexpected(
                refused(tr("A note can have at most 500 characters."), u"note"_s));
        payload[u"reason"_s] = step.failureReason;
        payload[u"note"_s] = note;
    }
    if (step.to == DeliveryStatus::Delivered) {
        const QString name = cleanText(step.recipientName);
        if (name.isEmpty() || name.size() > 200) {
            return std::unexpected(
                refused(tr("Enter the name of the person who took the delivery."), u"recipient"_s));
        }
        if (d.amountToCollect.cents() > 0 &&
            (!step.cash || step.cash->cents() != d.amountToCollect.cents())) {
            return std::unexpected(refused(
                tr("Collect exactly %1.").arg(d.amountToCollect.toString(QLocale())), u"cash"_s));
        }
        payload[u"recipient_name"_s] = name;
        if (step.cash)
            payload[u"cash"_s] = step.cash->toDecimal();
        if (!step.photoSha256.isEmpty())
            payload[u"photo"_s] = QString::fromLatin1(step.photoSha256.toHex());
        if (!step.signatureSha256.isEmpty())
            payload[u"signature"_s] = QString::fromLatin1(step.signatureSha256.toHex());
    }

    auto recorded = writeTransaction(db, [&]() -> Result<qint64> {
        for (const StoredImage& picture : pictures) {
            auto kept = run(db,
                            u"INSERT OR IGNORE INTO images_out (sha256, bytes, thumbnail, mime, "
                            "width, height) VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {picture.sha256, picture.bytes, picture.thumbnail, picture.mime,
                             picture.width, picture.height},
                            Op::Save);
            if (!kept)
                return std::unexpected(kept.error());
        }
        auto next = run(db, u"SELECT coalesce(max(seq), 0) + 1 FROM outbox"_s, {}, Op::Save);
        if (!next || !next->next())
            return std::unexpected(next ? storeError(Op::Save, {}) : next.error());
        const qint64 seq = next->value(0).toLongLong();
        next->finish();
        auto queued =
            run(db,
                u"INSERT INTO outbox (seq, event_id, delivery_id, from_status, to_status, "
                "payload, device_time) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {seq, QUuid::createUuid().toString(QUuid::WithoutBraces), d.id,
                 deliveryStatusToSql(d.status), deliveryStatusToSql(step.to),
                 QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                 timeText(QDateTime::currentDateTimeUtc().addSecs(m_clockSkew))},
                Op::Save);
        if (!queued)
            return std::unexpected(queued.error());
        auto moved = run(
            db,
            u"UPDATE deliveries SET status = ?, failed_attempts = failed_attempts + ?, "
            "finished_at = coalesce(?, finished_at) WHERE id = ?"_s,
            {deliveryStatusToSql(step.to), step.to == DeliveryStatus::FailedAttempt ? 1 : 0,
             deliveryStatusIsFinal(step.to) ? QVariant(timeText(QDateTime::currentDateTimeUtc()))
                                            : QVariant(),
             d.id},
            Op::Save);
        if (!moved)
            return std::unexpected(moved.error());
        FaultPoint::reach("before-local-commit");
        return seq;
    });
    if (recorded)
        FaultPoint::reach("after-local-commit");
    return recorded;
}

Result<QList<QueuedEvent>> CourierStore::queryEvents(const QString& sql,
                                                     const QVariantList& params) const
{
    auto q = run(QSqlDatabase::database(m_connection, false), sql, params, Op::Read);
    if (!q)
        return std::unexpected(q.error());
    QList<QueuedEvent> out;
    while (q->next())
        out.append(eventFrom(q->record()));
    return out;
}

Result<QList<QueuedEvent>> CourierStore::pendingEvents(int limit) const
{
    return queryEvents(u"SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?"_s,
                       {limit});
}

Result<QList<QueuedEvent>> CourierStore::eventsFrom(qint64 seq, int limit) const
{
    return queryEvents(u"SELECT * FROM outbox WHERE seq >= ? ORDER BY seq LIMIT ?"_s, {seq, limit});
}

Result<QList<QueuedEvent>> CourierStore::events() const
{
    return eventsFrom(1, std::numeric_limits<int>::max());
}

Result<QList<QueuedEvent>> CourierStore::rejectedEvents() const
{
    return queryEvents(u"SELECT * FROM outbox WHERE state = 'rejected' ORDER BY seq"_s, {});
}

Result<QSet<qint64>> CourierStore::deliveriesWaiting() const
{
    auto q =
        run(QSqlDatabase::database(m_connection, false),
            u"SELECT DISTINCT delivery_id FROM outbox WHERE state = 'pending'"_s, {}, Op::Read);
    if (!q)
        return std::unexpected(q.error());
    QSet<qint64> out;
    while (q->next())
        out.insert(q->value(0).toLongLong());
    return out;
}

Result<int> CourierStore::pendingCount() const
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s, {}, Op::Read);
    if (!q || !q->next())
        return std::unexpected(q ? storeError(Op::Read, {}) : q.error());
    return q->value(0).toInt();
}

Result<std::optional<CourierStore::StoredImage>> CourierStore::nextImageToUpload() const
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 u"SELECT * FROM images_out ORDER BY rowid LIMIT 1"_s, {}, Op::Read);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<StoredImage>();
    return std::optional<StoredImage>(
        StoredImage{q->value(u"sha256"_s).toByteArray(), q->value(u"bytes"_s).toByteArray(),
                    q->value(u"thumbnail"_s).toByteArray(), q->value(u"mime"_s).toString(),
                    q->value(u"width"_s).toInt(), q->value(u"height"_s).toInt()});
}

VoidResult CourierStore::renumberPending(qint64 lastSeq)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return writeTransaction(db, [&]() -> VoidResult {
        auto first =
            run(db, u"SELECT min(seq) FROM outbox WHERE state = 'pending'"_s, {}, Op::Read);
        if (!first || !first->next())
            return std::unexpected(first ? storeError(Op::Read, {}) : first.error());
        if (first->value(0).isNull())
            return {};
        const qint64 offset = lastSeq + 1 - first->value(0).toLongLong();
        first->finish();
        if (offset <= 0)
            return {};
        // Through negative numbers, so that no two rows ever share one.
        for (const QString& sql : {u"UPDATE outbox SET seq = -(seq + ?) WHERE state = 'pending'"_s,
                                   u"UPDATE outbox SET seq = -seq WHERE seq < 0"_s}) {
            auto moved =
                run(db, sql, sql.contains(u'?') ? QVariantList{offset} : QVariantList{}, Op::Save);
            if (!moved)
                return std::unexpected(moved.error());
        }
        return {};
    });
}

VoidResult CourierStore::imageUploaded(const QByteArray& sha256)
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 u"DELETE FROM images_out WHERE sha256 = ?"_s, {sha256}, Op::Save);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

VoidResult CourierStore::settleStatuses(const QList<qint64>& deliveryIds)
{
    // A delivery with no step still waiting shows what the server says.
    Statement settle(QSqlDatabase::database(m_connection, false),
                     u"UPDATE deliveries SET status = server_status WHERE id = ? AND NOT EXISTS "
                     "(SELECT 1 FROM outbox WHERE delivery_id = deliveries.id "
                     "AND state = 'pending')"_s);
    QSet<qint64> done;
    for (qint64 id : deliveryIds) {
        if (done.contains(id))
            continue;
        done.insert(id);
        if (auto q = settle.exec({id}, Op::Save); !q)
            return std::unexpected(q.error());
    }
    return {};
}

VoidResult CourierStore::applyAnswers(const QJsonArray& results)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return writeTransaction(db, [&]() -> VoidResult {
        Statement mark(db, u"UPDATE outbox SET state = ?, code = ?, message = ?, server_status = ? "
                           "WHERE seq = ? AND event_id = ? RETURNING delivery_id"_s);
        Statement withVersion(db, u"UPDATE deliveries SET server_status = ?, "
                                  "version = max(version, ?) WHERE id = ?"_s);
        Statement statusOnly(db, u"UPDATE deliveries SET server_status = ? WHERE id = ?"_s);
        QList<qint64> touched;
        for (const QJsonValue& value : results) {
            const QJsonObject r = value.toObject();
            const bool applied = r.value(u"outcome"_s).toString() == u"applied"_s;
            const QString status = r.value(u"status"_s).toString();
            auto marked =
                mark.exec({applied ? u"acked"_s : u"rejected"_s, r.value(u"code"_s).toString(),
                           r.value(u"message"_s).toString(), status, r.value(u"seq"_s).toInteger(),
                           r.value(u"event_id"_s).toString()},
                          Op::Save);
            if (!marked)
                return std::unexpected(marked.error());
            if (!(*marked)->next())
                continue; // not one of ours (an answer for a number used twice)
            const qint64 delivery = (*marked)->value(0).toLongLong();
            (*marked)->finish();
            // An applied step's answer carries the delivery's version right
            // after it: the next pull then skips what this device did itself.
            // A refusal gives the status only; the version stays the pull's,
            // so that the next pull brings what changed (a reassignment, say).
            if (!status.isEmpty()) {
                const QJsonValue version = r.value(u"version"_s);
                auto known =
                    applied && version.isDouble()
                        ? withVersion.exec({status, version.toInteger(), delivery}, Op::Save)
                        : statusOnly.exec({status, delivery}, Op::Save);
                if (!known)
                    return std::unexpected(known.error());
            }
            touched << delivery;
        }
        if (auto settled = settleStatuses(touched); !settled)
            return std::unexpected(settled.error());
        FaultPoint::reach("while-storing-ack");
        return {};
    });
}

VoidResult CourierStore::mergeDeliveries(const QList<CourierDelivery>& fromServer)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return writeTransaction(db, [&]() -> VoidResult {
        QList<qint64> ids;
        for (const CourierDelivery& d : fromServer) {
            // Details the server no longer gives (reassigned, finished a while ago)
            // are cleared here too; the row stays for the courier's record.
            auto upserted = run(
                db,
                u"INSERT INTO deliveries (id, order_id, status, server_status, version, mine, "
                "failed_attempts, seller_name, pickup_address, pickup_phone, recipient, phone, "
                "address, note, items, amount_cents, assigned_at, finished_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET server_status = excluded.server_status, "
                "version = excluded.version, mine = excluded.mine, "
                "failed_attempts = CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE "
                " o.delivery_id = excluded.id AND o.state = 'pending') "
                " THEN deliveries.failed_attempts ELSE excluded.failed_attempts END, "
                "seller_name = excluded.seller_name, pickup_address = excluded.pickup_address, "
                "pickup_phone = excluded.pickup_phone, recipient = excluded.recipient, "
                "phone = excluded.phone, address = excluded.address, note = excluded.note, "
                "items = excluded.items, amount_cents = excluded.amount_cents, "
                "assigned_at = excluded.assigned_at, finished_at = excluded.finished_at"_s,
                {d.id, d.orderId, deliveryStatusToSql(d.serverStatus),
                 deliveryStatusToSql(d.serverStatus), d.version, d.mine, d.failedAttempts,
                 d.sellerName, d.pickupAddress, d.pickupPhone, d.recipient, d.phone, d.address,
                 d.note, QString::fromUtf8(QJsonDocument(d.items).toJson(QJsonDocument::Compact)),
                 d.amountToCollect.cents(), timeText(d.assignedAt), timeText(d.finishedAt)},
                Op::Save);
            if (!upserted)
                return std::unexpected(upserted.error());
            ids << d.id;
        }
        if (auto settled = settleStatuses(ids); !settled)
            return std::unexpected(settled.error());
        return {};
    });
}

Result<QJsonObject> CourierStore::knownVersions() const
{
    auto q = run(QSqlDatabase::database(m_connection, false),
                 u"SELECT id, version FROM deliveries"_s, {}, Op::Read);
    if (!q)
        return std::unexpected(q.error());
    QJsonObject known;
    while (q->next())
        known[QString::number(q->value(0).toLongLong())] = q->value(1).toInt();
    return known;
}

VoidResult CourierStore::noteSync(const QDateTime& at, const QString& error)
{
    if (at.isValid()) {
        if (auto ok = setMeta(u"last_sync_at"_s, timeText(at)); !ok)
            return ok;
    }
    return setMeta(u"last_error"_s, error);
}

QDateTime CourierStore::lastSyncAt() const
{
    return QDateTime::fromString(meta(u"last_sync_at"_s), Qt::ISODateWithMs);
}

QString CourierStore::lastError() const
{
    return meta(u"last_error"_s);
}
