/** Help → About Neurograph. */
import { CURRENT_VERSION, LAYER_KINDS } from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { Dialog } from "../layout/Dialog";
import { type DialogComponent, registerDialog } from "../layout/Dialogs";
import "./commandPalette.css";
import { helpText } from "./helpText";

export const ABOUT_DIALOG = "help.about";

const AboutDialog: DialogComponent = ({ close }) => {
  const text = useText(helpText);
  return (
    <Dialog
      title={text.aboutTitle}
      onClose={close}
      actions={
        <button type="button" className="button primary" onClick={close}>
          {text.close}
        </button>
      }
    >
      <div className="about-body">
        <p>{text.aboutBody}</p>
        <p>{format(text.aboutLayers, { count: LAYER_KINDS.length })}</p>
        <p>{format(text.aboutFormat, { version: CURRENT_VERSION })}</p>
        <p className="muted">{text.aboutBuilt}</p>
        <p className="muted">{text.aboutLicense}</p>
      </div>
    </Dialog>
  );
};

registerDialog(ABOUT_DIALOG, AboutDialog);
