#pragma once

#include <QObject>
#include <QPointer>

class FieldMessage;
class FieldsBinder;
class QLineEdit;
class QPushButton;
class QScrollArea;
class UserModel;

// Support staff's "Add a property" section of the form: a name and a value added to the profile
// as a new field (UserModel::addProperty, which states the naming rule), the refusal under the
// name, and the new field focused where the form shows it.
class AddPropertyForm : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QLineEdit *name;
        QLineEdit *value;
        QPushButton *add;
        FieldMessage *error;
    };
    AddPropertyForm(const Widgets &widgets, FieldsBinder *rows, QScrollArea *scroll, QObject *parent = nullptr);

    // The profile's fields the property goes into; none, nothing is added.
    void setFields(UserModel *fields);

private:
    void add();

    Widgets m_widgets;
    FieldsBinder *m_rows;
    QScrollArea *m_scroll;
    QPointer<UserModel> m_fields;
};
