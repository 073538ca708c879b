#pragma once

#include "domain/AuditEntry.h"
#include "domain/AuditQuery.h"
#include "KeysetTableModel.h"

class AuditLogService;

// The audit log, newest first, a page at a time as the view scrolls.
class AuditLogTableModel final : public KeysetTableModel<AuditEntry> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogTableModel)
public:
    enum Column { Time, Actor, Action, Entity, Reason, Details, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditLogTableModel(AuditLogService& audit, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return m_query; }
    void reload();

    // "Disabled a user" for "user.disable"; the action itself when unknown.
    static QString actionText(const QString& action);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    QFuture<Page> fetchPage(const AuditEntry* last, int limit) override;
    void pageFailed(const QString& message) override { emit loadFailed(message); }
    void firstPageLoaded() override { emit loaded(); }

    AuditLogService& m_audit;
    AuditQuery m_query;
};
