#pragma once

#include "domain/ServiceError.h"

#include "ui/common/Screen.h"

#include <QWidget>

class AddressListModel;
class AddressService;
class QLabel;
class QListView;

// A buyer's address book: add, edit, delete, and choose the default.
class AddressesPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressesPage)
public:
    explicit AddressesPage(AddressService& addresses, QWidget* parent = nullptr);

    void refresh() override;

    AddressListModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void edit(bool isNew);
    void report(const VoidResult& result, const QString& done);

    AddressService& m_addresses;
    AddressListModel* m_model;
    QListView* m_view;
    QLabel* m_status;
};
