#pragma once

#include "domain/UserListRow.h"
#include "domain/UserQuery.h"
#include "KeysetTableModel.h"

class UserAdminService;

// The administrators' list of users, a page at a time as the view scrolls
// (keyset pages, so it stays fast at 100,000 users). Sorting is done by the
// database: sort() on a sortable column reloads in that order.
class UserTableModel final : public KeysetTableModel<UserListRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)
public:
    enum Column { Name, Email, Role, Status, Created, LastLogin, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit UserTableModel(UserAdminService& users, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The column sorted by, and whether a column can be sorted at all.
    int sortColumn() const;
    static bool isSortable(int column);

    void setQuery(const UserQuery& query);
    const UserQuery& query() const { return m_query; }
    void reload();
    const UserAccount* userAt(int row) const;
    int rowOf(qint64 userId) const;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    QFuture<Page> fetchPage(const UserListRow* last, int limit) override;
    void pageFailed(const QString& message) override { emit loadFailed(message); }
    void firstPageLoaded() override { emit loaded(); }

    UserAdminService& m_users;
    UserQuery m_query;
};
