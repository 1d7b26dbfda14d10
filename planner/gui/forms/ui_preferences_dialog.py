# GENERATED FILE: DO NOT EDIT.
# Made from ui/preferences_dialog.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(460, 260)
        self.preferencesLayout = QVBoxLayout(PreferencesDialog)
        self.preferencesLayout.setObjectName(u"preferencesLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.schemeLabel = QLabel(PreferencesDialog)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(PreferencesDialog)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.pageSizeLabel = QLabel(PreferencesDialog)
        self.pageSizeLabel.setObjectName(u"pageSizeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pageSizeLabel)

        self.pageSizeCombo = QComboBox(PreferencesDialog)
        self.pageSizeCombo.setObjectName(u"pageSizeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pageSizeCombo)

        self.reminderLabel = QLabel(PreferencesDialog)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reminderLabel)

        self.reminderEdit = QTimeEdit(PreferencesDialog)
        self.reminderEdit.setObjectName(u"reminderEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reminderEdit)

        self.autosaveLabel = QLabel(PreferencesDialog)
        self.autosaveLabel.setObjectName(u"autosaveLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.autosaveLabel)

        self.autosaveSpin = QSpinBox(PreferencesDialog)
        self.autosaveSpin.setObjectName(u"autosaveSpin")
        self.autosaveSpin.setMinimum(100)
        self.autosaveSpin.setMaximum(5000)
        self.autosaveSpin.setSingleStep(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.autosaveSpin)

        self.practiceLabel = QLabel(PreferencesDialog)
        self.practiceLabel.setObjectName(u"practiceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.practiceLabel)

        self.practiceSpin = QSpinBox(PreferencesDialog)
        self.practiceSpin.setObjectName(u"practiceSpin")
        self.practiceSpin.setMinimum(15)
        self.practiceSpin.setMaximum(900)
        self.practiceSpin.setSingleStep(15)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.practiceSpin)


        self.preferencesLayout.addLayout(self.form)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.preferencesLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.preferencesLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.pageSizeLabel.setBuddy(self.pageSizeCombo)
        self.reminderLabel.setBuddy(self.reminderEdit)
        self.autosaveLabel.setBuddy(self.autosaveSpin)
        self.practiceLabel.setBuddy(self.practiceSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
        self.buttonBox.accepted.connect(PreferencesDialog.accept)
        self.buttonBox.rejected.connect(PreferencesDialog.reject)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.schemeLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Colours:", None))
#if QT_CONFIG(accessibility)
        self.schemeCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Colours", None))
#endif // QT_CONFIG(accessibility)
        self.pageSizeLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Prep sheet &page size:", None))
#if QT_CONFIG(accessibility)
        self.pageSizeCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Prep sheet page size", None))
#endif // QT_CONFIG(accessibility)
        self.reminderLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Calendar &reminder, the evening before at:", None))
#if QT_CONFIG(accessibility)
        self.reminderEdit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Calendar reminder time", None))
#endif // QT_CONFIG(accessibility)
        self.reminderEdit.setDisplayFormat(QCoreApplication.translate("PreferencesDialog", u"HH:mm", None))
        self.autosaveLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Save after a pause of:", None))
#if QT_CONFIG(accessibility)
        self.autosaveSpin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Autosave delay in milliseconds", None))
#endif // QT_CONFIG(accessibility)
        self.autosaveSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" ms", None))
        self.practiceLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Practice time per answer:", None))
#if QT_CONFIG(accessibility)
        self.practiceSpin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Practice time per answer in seconds", None))
#endif // QT_CONFIG(accessibility)
        self.practiceSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" s", None))
    # retranslateUi
