"""signed exports: event package hash and chair key id, bundle export sequence

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('package_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('chair_key_id', sa.String(length=16), nullable=True))

    op.create_table('bundle_export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessor_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('history_head', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessor_id'], ['assessor.id'], name=op.f('fk_bundle_export_assessor_id_assessor'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bundle_export')),
    sa.UniqueConstraint('assessor_id', 'sequence', name=op.f('uq_bundle_export_assessor_id'))
    )


def downgrade() -> None:
    op.drop_table('bundle_export')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('chair_key_id')
        batch_op.drop_column('package_sha256')
