#include "AuditCommand.h"

#include "CliSupport.h"
#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPage = 5000;

// The text each row's hash covers, written out here with built-in functions
// only: a verifier that called the database's own audit_row_text() would
// trust whoever could replace it.
const QString kRows =
    u"SELECT id, chain_seq, prev_hash, row_hash, "
    "jsonb_build_array(chain_seq, actor_id, action, entity, entity_id, reason, details, "
    "pg_catalog.to_char(created_at AT TIME ZONE 'UTC', "
    "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))::text AS content "
    "FROM hexastore.audit_log WHERE chain_seq > ? ORDER BY chain_seq LIMIT ?"_s;

} // namespace

int AuditCommand::run(QStringList arguments)
{
    const QString sub = arguments.size() >= 2 ? arguments.at(1) : QString();
    arguments.removeAt(std::min<qsizetype>(1, arguments.size() - 1));
    if (sub == u"verify"_s)
        return verify(arguments);
    return CliSupport::usage(tr("audit verify [--url URL] (see --help)"));
}

int AuditCommand::verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the audit log's hash chain: every row's hash over its content and the "
           "previous row's hash, the order without gaps, and the chain's head. Exits 1 naming "
           "the first row that does not match."));
    parser.addHelpOption();
    CliSupport::addTargetOptions(parser);
    parser.process(arguments);
    auto settings = CliSupport::target(parser);
    if (!settings)
        return CliSupport::fail(settings.error());
    DatabaseConnection connection(*settings);
    if (auto opened = connection.open(); !opened)
        return CliSupport::fail(opened.error());
    SqlExecutor sql(connection);

    auto& out = CliSupport::out();
    auto broken = [&](qint64 id, qint64 seq, const QString& why) {
        out << tr("The audit log does not match at row %1 (chain position %2): %3")
                   .arg(id)
                   .arg(seq)
                   .arg(why)
            << Qt::endl;
        return 1;
    };
    QByteArray previous(32, '\0');
    qint64 seq = 0;
    qint64 rows = 0;
    for (;;) {
        auto page = sql.query(kRows, {seq, kPage});
        if (!page)
            return CliSupport::fail(page.error());
        for (const QSqlRecord& r : *page) {
            const qint64 id = r.value(u"id"_s).toLongLong();
            const qint64 at = r.value(u"chain_seq"_s).toLongLong();
            if (at != seq + 1)
                return broken(id, at, tr("rows %1 to %2 are missing").arg(seq + 1).arg(at - 1));
            if (r.value(u"prev_hash"_s).toByteArray() != previous)
                return broken(id, at, tr("it does not follow the row before it"));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(previous);
            hash.addData(r.value(u"content"_s).toString().toUtf8());
            const QByteArray expected = hash.result();
            if (r.value(u"row_hash"_s).toByteArray() != expected)
                return broken(id, at, tr("its content was changed after it was written"));
            previous = expected;
            seq = at;
            ++rows;
        }
        if (page->size() < kPage)
            break;
    }
    auto head = sql.queryOne(u"SELECT seq, hash FROM hexastore.audit_chain_head"_s);
    if (!head)
        return CliSupport::fail(head.error());
    if (head->value(0).toLongLong() != seq || head->value(1).toByteArray() != previous) {
        out << tr("The audit log does not match its head: it ends at position %1, the head "
                  "says %2; rows at the end were removed.")
                   .arg(seq)
                   .arg(head->value(0).toLongLong())
            << Qt::endl;
        return 1;
    }
    out << tr("The audit log's chain holds: %1 rows. Head: %2 (note it down elsewhere: a "
              "chain rewritten from the start is caught only against a head kept outside).")
               .arg(rows)
               .arg(QString::fromLatin1(previous.toHex()))
        << Qt::endl;
    return 0;
}
