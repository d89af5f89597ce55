/** What a group is for, in both languages: the roles a training recipe understands, and Custom. */
import { GROUP_ROLES, type GroupRole, type I18nText, type Locale, t } from "../../graph";

export const ROLE_LABELS: Readonly<Record<GroupRole, I18nText>> = {
  encoder: t("Encoder", "编码器"),
  decoder: t("Decoder", "解码器"),
  generator: t("Generator", "生成器"),
  discriminator: t("Discriminator", "判别器"),
  critic: t("Critic", "评论家（Critic）"),
  custom: t("Custom", "自定义"),
};

export const ROLE_HINTS: Readonly<Record<GroupRole, I18nText>> = {
  encoder: t("compresses the input into a code", "把输入压缩成编码"),
  decoder: t("rebuilds data from a code", "从编码重建数据"),
  generator: t("makes samples from noise (GAN)", "从噪声生成样本（GAN）"),
  discriminator: t("tells real from generated (GAN)", "区分真实与生成的样本（GAN）"),
  critic: t("scores samples (WGAN)", "为样本打分（WGAN）"),
  custom: t("any other block", "其他任意模块"),
};

export function isGroupRole(role: string | undefined): role is GroupRole {
  return (GROUP_ROLES as readonly string[]).includes(role ?? "");
}

/** The role as people read it; a role from a file that we do not know is shown as written. */
export function roleLabel(role: string | undefined, locale: Locale): string {
  if (role === undefined || role === "") return ROLE_LABELS.custom[locale];
  return isGroupRole(role) ? ROLE_LABELS[role][locale] : role;
}
