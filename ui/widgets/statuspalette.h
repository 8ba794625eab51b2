#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// Qt's palette has no "error" or "success" role. Rather than hard-coding colours that break in a
// dark theme, these derive them from the widget's own palette: the lightness and contrast come
// from the theme's text and window colours, only the hue says "error" / "warning" / "success".
namespace StatusPalette {

enum class Tone { Neutral, Positive, Warning, Negative };

// Text in the tone's hue, at least MinimumContrast against the palette's window colour (WCAG AA
// for normal text), in a light theme and in a dark one alike.
QColor foreground(const QPalette &palette, Tone tone);
constexpr qreal MinimumContrast = 4.5;
// WCAG 2 contrast ratio between two colours, 1 to 21.
qreal contrastRatio(const QColor &a, const QColor &b);
QColor background(const QPalette &palette, Tone tone);

// For a label that only ever shows error text (the message under a field).
void markAsErrorText(QWidget *label);

// Puts a label (and optionally a field) into, or out of, the error state: the label's text
// takes the negative foreground colour and the field's accessible description carries the message
// so that screen readers announce it with the field.
void setErrorState(QWidget *label, QWidget *field, const QString &message);

} // namespace StatusPalette
