import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import {
  ArrowForward20Regular,
  ArrowRepeatAll20Regular,
  DoorArrowLeft20Regular,
  History20Regular,
  MoreHorizontal20Regular,
  PersonAdd20Regular,
  PersonDelete20Regular,
} from '@fluentui/react-icons';
import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { ThreadDialog } from './useThreadActions.js';

/** The thread header's "…" menu: group changes, restart, and the other conversations with the contact. */
export function ThreadActions(props: {
  readonly thread: ThreadDetail;
  /** The signed-in user (not offered for removal); unknown for a moment after sign-in. */
  readonly meUserId: string | undefined;
  readonly busy: boolean;
  onOpen(dialog: ThreadDialog): void;
  onRemove(userId: string): void;
  onRestart(): void;
}) {
  const { t } = useI18n();
  const { thread } = props;
  const member = thread.access === 'participant' && thread.status === 'open';
  const canRestart = thread.status === 'closed' && thread.access !== 'compliance';
  const others = thread.participants.filter((p) => p.leftAt === null && p.userId !== props.meUserId);
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<MoreHorizontal20Regular />}
          aria-label={t('threadActions')}
          title={t('threadActions')}
          disabled={props.busy}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {member && (
            <MenuItem icon={<PersonAdd20Regular />} onClick={() => props.onOpen('add')}>
              {t('addParticipant')}
            </MenuItem>
          )}
          {member && others.length > 0 && (
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuItem icon={<PersonDelete20Regular />}>{t('removeParticipant')}</MenuItem>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {others.map((participant) => (
                    <MenuItem key={participant.userId} onClick={() => props.onRemove(participant.userId)}>
                      {t('removeNamed', { name: participant.displayName })}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          )}
          {member && (
            <MenuItem icon={<ArrowForward20Regular />} onClick={() => props.onOpen('transfer')}>
              {t('transferThread')}
            </MenuItem>
          )}
          {member && (
            <MenuItem icon={<DoorArrowLeft20Regular />} onClick={() => props.onOpen('leave')}>
              {t('leaveThread')}
            </MenuItem>
          )}
          {canRestart && (
            <MenuItem icon={<ArrowRepeatAll20Regular />} onClick={props.onRestart}>
              {t('restartThread')}
            </MenuItem>
          )}
          <MenuItem icon={<History20Regular />} onClick={() => props.onOpen('earlier')}>
            {t('earlierThreads')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
