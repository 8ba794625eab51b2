#include "ui/editor/fieldeditors.h"

#include "models/dateinput.h"
#include "models/displaytext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace {
QHBoxLayout *bareLayout(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

// --- STRING ---------------------------------------------------------------------------------

LineFieldEditor::LineFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &FieldEditor::submitRequested);
}

QVariant LineFieldEditor::value() const
{
    return m_edit->text();
}

void LineFieldEditor::setValue(const QVariant &value)
{
    if (m_edit->text() != value.toString())
        m_edit->setText(value.toString());
}

QWidget *LineFieldEditor::input() const
{
    return m_edit;
}

void LineFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

// --- TEXT -----------------------------------------------------------------------------------

TextFieldEditor::TextFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QPlainTextEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    // Tab moves on to the next field instead of typing a tab character (keyboard users).
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!signalsBlocked())
            Q_EMIT edited();
    });
}

QVariant TextFieldEditor::value() const
{
    return m_edit->toPlainText();
}

void TextFieldEditor::setValue(const QVariant &value)
{
    if (m_edit->toPlainText() == value.toString())
        return;
    const QSignalBlocker blocker(this);
    m_edit->setPlainText(value.toString());
}

QWidget *TextFieldEditor::input() const
{
    return m_edit;
}

void TextFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

// --- INT / DOUBLE ---------------------------------------------------------------------------

NumberFieldEditor::NumberFieldEditor(Kind kind, QWidget *parent)
    : FieldEditor(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);
    // The validator only keeps out characters that can never make a number; range and format
    // errors are the model's to report, under the field, in words.
    const QString pattern = kind == Kind::Integer ? QStringLiteral("[+-]?[0-9]*")
                                                  : QStringLiteral("[+-]?[0-9]*([.,][0-9]*)?([eE][+-]?[0-9]*)?");
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_edit));
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &FieldEditor::submitRequested);
}

QVariant NumberFieldEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QVariant();
    bool ok = false;
    const QLocale locale;
    if (m_kind == Kind::Integer) {
        const qlonglong n = text.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(text);
    }
    double d = locale.toDouble(text, &ok);
    if (!ok)
        d = text.toDouble(&ok);
    return ok ? QVariant(d) : QVariant(text);
}

void NumberFieldEditor::setValue(const QVariant &value)
{
    QString text;
    if (value.isValid() && !value.isNull()) {
        if (value.typeId() == QMetaType::QString)
            text = value.toString(); // unparsed text the user typed, kept as typed
        else if (m_kind == Kind::Integer)
            text = QString::number(value.toLongLong());
        else
            text = QLocale().toString(value.toDouble(), 'g', 15);
    }
    // Re-formatting what the user is typing would move the cursor under their fingers.
    if (value != this->value())
        m_edit->setText(text);
}

QWidget *NumberFieldEditor::input() const
{
    return m_edit;
}

void NumberFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

// --- BOOLEAN --------------------------------------------------------------------------------

BoolFieldEditor::BoolFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_check(new QCheckBox(this))
{
    bareLayout(this)->addWidget(m_check);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::clicked, this, &FieldEditor::edited);
}

QVariant BoolFieldEditor::value() const
{
    return m_check->isChecked();
}

void BoolFieldEditor::setValue(const QVariant &value)
{
    m_check->setChecked(value.toBool());
}

QWidget *BoolFieldEditor::input() const
{
    return m_check;
}

void BoolFieldEditor::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
}

// --- DATETIME -------------------------------------------------------------------------------

namespace {
// A calendar page, drawn in the text colour: icon themes are not always installed.
QIcon calendarIcon(const QPalette &palette)
{
    QIcon themed = QIcon::fromTheme(QStringLiteral("view-calendar"));
    if (!themed.isNull())
        return themed;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 3, ink);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column)
            painter.fillRect(4 + column * 3, 7 + row * 2, 2, 1, ink);
    }
    return QIcon(pixmap);
}
} // namespace

DateTimeFieldEditor::DateTimeFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarAction(new QAction(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("For example %1").arg(DateInput::example()));
    m_edit->installEventFilter(this);
    m_calendarAction->setIcon(calendarIcon(palette()));
    m_calendarAction->setText(tr("Choose from a calendar"));
    m_calendarAction->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    m_edit->addAction(m_calendarAction, QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &DateTimeFieldEditor::showCalendar);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateTimeFieldEditor::commit);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        commit();
        Q_EMIT submitRequested();
    });
}

QVariant DateTimeFieldEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void DateTimeFieldEditor::setValue(const QVariant &value)
{
    QString text;
    if (value.typeId() == QMetaType::QDateTime)
        text = DisplayText::dateTime(value.toDateTime());
    else if (value.isValid() && !value.isNull())
        text = value.toString(); // what the person typed and the model could not read, as typed
    m_committed = text;
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void DateTimeFieldEditor::commit()
{
    if (m_edit->text() == m_committed)
        return;
    m_committed = m_edit->text();
    Q_EMIT edited();
}

void DateTimeFieldEditor::showCalendar()
{
    if (m_edit->isReadOnly() || !m_edit->isEnabled())
        return;
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(QStringLiteral("calendarPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setAccessibleName(tr("Choose a date"));
    bareLayout(popup)->addWidget(calendar);
    const QDateTime shown = DateInput::parse(m_edit->text());
    calendar->setSelectedDate(shown.isValid() ? shown.date() : QDate::currentDate());
    // Enter or a click picks the day; the time of day the field showed stays.
    const QTime time = shown.isValid() ? shown.time() : QTime(0, 0);
    const auto pick = [this, popup, time](QDate date) {
        m_edit->setText(DisplayText::dateTime(QDateTime(date, time)));
        popup->close();
        m_edit->setFocus(Qt::PopupFocusReason);
        commit();
    };
    connect(calendar, &QCalendarWidget::activated, popup, pick);
    connect(calendar, &QCalendarWidget::clicked, popup, pick);
    popup->adjustSize();
    popup->move(m_edit->mapToGlobal(QPoint(m_edit->width() - popup->width(), m_edit->height())));
    popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

bool DateTimeFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier)) {
            showCalendar();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

QWidget *DateTimeFieldEditor::input() const
{
    return m_edit;
}

void DateTimeFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_calendarAction->setVisible(!readOnly);
}

// --- read-only ------------------------------------------------------------------------------

ReadOnlyFieldEditor::ReadOnlyFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    // Read-only but still focusable: keyboard and screen-reader users can reach and copy it.
    m_edit->setReadOnly(true);
    m_edit->setFrame(false);
}

QVariant ReadOnlyFieldEditor::value() const
{
    return m_value;
}

void ReadOnlyFieldEditor::setValue(const QVariant &value)
{
    m_value = value;
    const bool unset = !value.isValid() || value.isNull();
    if (unset && !m_emptyText.isEmpty())
        m_edit->setText(m_emptyText);
    else
        m_edit->setText(m_format && value.typeId() == QMetaType::QString ? m_format(value.toString())
                                                                         : displayText(value));
    m_edit->setCursorPosition(0);
}

QWidget *ReadOnlyFieldEditor::input() const
{
    return m_edit;
}

QString ReadOnlyFieldEditor::displayText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return tr("Not set");
    return DisplayText::value(value);
}
