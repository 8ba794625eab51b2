#include "ui/editor/addpropertyform.h"

#include "models/profile/usermodel.h"
#include "ui/editor/fieldrow.h"
#include "ui/editor/fieldsbinder.h"
#include "ui/widgets/fieldmessage.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>

AddPropertyForm::AddPropertyForm(const Widgets &widgets, FieldsBinder *rows, QScrollArea *scroll, QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_rows(rows)
    , m_scroll(scroll)
{
    connect(m_widgets.add, &QPushButton::clicked, this, &AddPropertyForm::add);
    connect(m_widgets.value, &QLineEdit::returnPressed, this, &AddPropertyForm::add);
    // A refusal is about the name that was typed: it goes once the name changes.
    connect(m_widgets.name, &QLineEdit::textEdited, this, [this] { m_widgets.error->setMessage(QString()); });
}

void AddPropertyForm::setFields(UserModel *fields)
{
    m_fields = fields;
}

void AddPropertyForm::add()
{
    if (!m_fields)
        return;
    const QString name = m_widgets.name->text().trimmed();
    // The model states the naming rule, so the refusal says what a valid name looks like.
    QString error = m_fields->propertyNameError(name);
    if (error.isEmpty() && !m_fields->addProperty(name, m_widgets.value->text()))
        error = QCoreApplication::translate("ProfileEditor",
                                            "The property cannot be added while the profile is being saved.");
    m_widgets.error->setMessage(error);
    if (!error.isEmpty()) {
        m_widgets.error->focusField();
        return;
    }
    m_widgets.name->clear();
    m_widgets.value->clear();
    if (FieldRow *row = m_rows->row(name)) {
        row->input()->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(row);
    }
}
